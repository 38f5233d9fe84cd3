import type { Problem } from '@/lib/content/validate';
import type { Content } from './types';

// Every number on the site comes from a fact with a source, so a figure typed into the text is a
// mistake even when it is right today: it has no source and will not change when the fact does.
// What may stand in text: years, dates, ages that name a group (12 tot 16 jaar), names of drugs (3-MMC)
// and of standards (WCAG 2.2).
const allowed = [
  /\b(19|20)\d{2}\b/g,
  /\b\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|January|February|March|April|May|June|July|August|September|October|November|December)\b/gi,
  /\b\d{1,2} (?:tot en met|tot|t\/m) \d{1,2} jaar\b/g,
  /\baged \d{1,2} to \d{1,2}\b/g,
  /\b\d{1,2}- to \d{1,2}-year-olds\b/g,
  /\b[34]-[MC]MC\b/g,
  /\bWCAG 2\.\d\b/g,
];

export function strayFigure(text: string): string | undefined {
  const rest = allowed.reduce((value, pattern) => value.replace(pattern, ''), text);
  return /\d/.test(rest) ? /[^\s]*\d[^\s]*/.exec(rest)?.[0] : undefined;
}

export function checkFigures(content: Content): Problem[] {
  const problems: Problem[] = [];
  for (const doc of content.docs) {
    for (const text of doc.texts) {
      const figure = strayFigure(text.value);
      if (figure) {
        problems.push({
          file: doc.file,
          line: text.line,
          message: {
            nl: `er staat een getypt cijfer in de tekst ("${figure}"): het heeft geen bron`,
            en: `a figure is typed into the text ("${figure}"): it has no source`,
          },
          fix: {
            nl: 'toon cijfers met <Fact id="…" />, <Stat id="…" /> of <BillLine fact="…">, dan komt de bron mee; jaartallen en datums mogen wel',
            en: 'show figures with <Fact id="…" />, <Stat id="…" /> or <BillLine fact="…">, so the source comes with them; years and dates are fine',
          },
        });
      }
    }
  }
  return problems;
}
