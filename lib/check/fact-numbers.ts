import { readFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import type { Locale } from '@/i18n/routing';
import type { Problem } from '@/lib/content/validate';
import type { Content } from './types';
import type { Lang } from './lang';

// A fact's figure is written twice, once per language, and a slip in one (12.500 typed as 12,500 in
// the English, or a digit dropped) shows readers of one language another number than the source's.
// The words may differ (3 op 5 / 3 in 5); the numbers, read the way each language writes them, may not.

// Dutch writes 1.234,5 and English 1,234.5: a point or comma before exactly three digits groups
// thousands, the other one marks decimals. Spaces never group, so "1 op 40" is two numbers.
const patterns: Record<Locale, { number: RegExp; group: RegExp; decimal: string }> = {
  nl: { number: /\d+(?:\.\d{3})*(?:,\d+)?/g, group: /\./g, decimal: ',' },
  en: { number: /\d+(?:,\d{3})*(?:\.\d+)?/g, group: /,/g, decimal: '.' },
};

/** The numbers in a figure, as values: "€ 3,2–4,1 miljard" (nl) gives 3.2 and 4.1, "12,500" (en) gives 12500. */
export function numbersIn(figure: string, locale: Locale): string[] {
  const { number, group, decimal } = patterns[locale];
  return [...figure.matchAll(number)].map((match) => String(Number(match[0].replace(group, '').replace(decimal, '.'))));
}

/** The line of `figure:` in the fact's file, for a message that points at it. */
function figureLine(root: string, file: string): number | undefined {
  try {
    const text = readFileSync(path.join(root, file), 'utf8');
    const lines = new YAML.LineCounter();
    const doc = YAML.parseDocument(text, { lineCounter: lines });
    const pair = YAML.isMap(doc.contents)
      ? doc.contents.items.find((item) => YAML.isScalar(item.key) && item.key.value === 'figure')
      : undefined;
    const start = YAML.isScalar(pair?.key) ? pair.key.range?.[0] : undefined;
    return start === undefined ? undefined : lines.linePos(start).line;
  } catch {
    return undefined;
  }
}

export function checkFactNumbers(content: Content): Problem[] {
  const problems: Problem[] = [];
  for (const fact of content.facts) {
    const figure = fact.data?.figure as { nl?: unknown; en?: unknown } | null | undefined;
    if (!figure || typeof figure.nl !== 'string' || typeof figure.en !== 'string') continue;
    const nl = numbersIn(figure.nl, 'nl');
    const en = numbersIn(figure.en, 'en');
    if (nl.join(' ') === en.join(' ')) continue;
    const read = (numbers: string[], lang: Lang) =>
      numbers.length ? numbers.join({ nl: ' en ', en: ' and ' }[lang]) : { nl: 'geen getal', en: 'no number' }[lang];
    problems.push({
      file: fact.file,
      line: figureLine(content.root, fact.file),
      field: 'figure',
      message: {
        nl: `het cijfer heeft in het Nederlands andere getallen ("${figure.nl}", gelezen als ${read(nl, 'nl')}) dan in het Engels ("${figure.en}", gelezen als ${read(en, 'nl')})`,
        en: `the figure has other numbers in Dutch ("${figure.nl}", read as ${read(nl, 'en')}) than in English ("${figure.en}", read as ${read(en, 'en')})`,
      },
      fix: {
        nl: 'maak de getallen gelijk in beide talen. In het Nederlands schrijf je 1.234,5 en in het Engels 1,234.5: de punt en de komma wisselen van plaats',
        en: 'make the numbers the same in both languages. Dutch writes 1.234,5 and English 1,234.5: the point and the comma swap places',
      },
    });
  }
  return problems;
}
