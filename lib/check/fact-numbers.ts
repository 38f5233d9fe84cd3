import { readFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import type { Locale } from '@/i18n/routing';
import type { Problem } from '@/lib/content/validate';
import type { Content } from './types';
import { langs, type Lang } from './lang';

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

// A text may write a small number as a word: "drie op de vijf", "four years".
const numberWords: Record<Locale, string[]> = {
  nl: ['één', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien'],
  en: ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'],
};

/** The numbers a fact's text says, in digits or as a word. */
export function numbersSaid(text: string, locale: Locale): Set<string> {
  const words = text.toLowerCase().split(/[^\p{L}]+/u);
  const spelled = numberWords[locale].flatMap((word, index) => (words.includes(word) ? [String(index + 1)] : []));
  return new Set([...numbersIn(text, locale), ...spelled]);
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
    problems.push(...textProblems(content, fact, figure as Record<Locale, string>));
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

/** A figure's numbers must be in the fact's own text: the fact sheet shows both, and a reader who
    sees 150 mg above a sentence that says 144 mg cannot know which one the source says. */
function textProblems(content: Content, fact: Content['facts'][number], figure: Record<Locale, string>): Problem[] {
  const text = fact.data?.text as Partial<Record<Locale, unknown>> | undefined;
  return langs.flatMap((locale) => {
    const said = typeof text?.[locale] === 'string' ? (text[locale] as string) : undefined;
    if (!said) return [];
    const missing = numbersIn(figure[locale], locale).filter((number) => !numbersSaid(said, locale).has(number));
    if (!missing.length) return [];
    const language = { nl: { nl: 'Nederlandse', en: 'Dutch' }, en: { nl: 'Engelse', en: 'English' } }[locale];
    return [
      {
        file: fact.file,
        line: figureLine(content.root, fact.file),
        field: 'figure',
        message: {
          nl: `het ${language.nl} cijfer ("${figure[locale]}") noemt ${missing.join(' en ')}, maar de ${language.nl} tekst (text) van het feit niet`,
          en: `the ${language.en} figure ("${figure[locale]}") says ${missing.join(' and ')}, but the fact's ${language.en} text does not`,
        },
        fix: {
          nl: 'zorg dat het cijfer en de tekst hetzelfde getal noemen, zoals de bron het zegt (kijk bij evidence)',
          en: 'make the figure and the text give the same number, as the source says it (see evidence)',
        },
      },
    ];
  });
}
