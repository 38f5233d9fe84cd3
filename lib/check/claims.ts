import { isLocale, routing, type Locale } from '@/i18n/routing';
import type { Problem } from '@/lib/content/validate';
import { claimWords, sentences } from './claim-words';
import { lineAt } from './prose';
import type { Content, Doc } from './types';

export type Claim = { sentence: string; words: string[]; line: number; cited: boolean };

// A page in the other language's folder, or saying it is in another language, is read in that language.
const localeOf = (doc: Doc): Locale =>
  [doc.folder, String(doc.data.locale)].filter(isLocale).find((locale) => locale !== routing.defaultLocale) ?? routing.defaultLocale;

/** Every sentence of a page's prose that makes a quantitative or comparative claim, and whether a fact is cited with it. */
export function claimsIn(doc: Doc): Claim[] {
  const locale = localeOf(doc);
  return doc.prose.flatMap((prose) =>
    sentences(prose.text).flatMap(({ text, offset }) => {
      const words = claimWords(text, locale);
      return words.length ? [{ sentence: text.replace(/\s+/g, ' '), words, line: lineAt(prose, offset), cited: prose.cited }] : [];
    }),
  );
}

/**
 * A claim in prose ("most young people…", "five times as many") is a claim as much as a number is:
 * it needs a fact that says exactly that, cited in the same sentence or paragraph.
 */
export function checkClaims(content: Content): Problem[] {
  const problems: Problem[] = [];
  for (const doc of content.docs) {
    for (const claim of claimsIn(doc).filter((item) => !item.cited)) {
      problems.push({
        file: doc.file,
        line: claim.line,
        message: {
          nl: `deze zin doet een bewering (${claim.words.map((word) => `"${word}"`).join(', ')}) zonder bron: "${claim.sentence}"`,
          en: `this sentence makes a claim (${claim.words.map((word) => `"${word}"`).join(', ')}) without a source: "${claim.sentence}"`,
        },
        fix: {
          nl: 'noem het feit dat precies dit zegt, voor deze groep en periode: zet <Cite fact="…"> vóór de zin en </Cite> erna, of een <Fact>/<Stat> in dezelfde alinea. Zegt geen feit dit? Schrijf de zin anders of haal hem weg',
          en: 'cite the fact that says exactly this, for this group and period: put <Cite fact="…"> before the sentence and </Cite> after it, or a <Fact>/<Stat> in the same paragraph. If no fact says it, rephrase or cut it',
        },
      });
    }
    for (const tag of doc.elements.filter((item) => item.name === 'Cite' && !item.hasChildren)) {
      problems.push({
        file: doc.file,
        line: tag.line,
        message: {
          nl: '<Cite> heeft geen tekst: het noemt de bron bij de zin tussen <Cite …> en </Cite>',
          en: '<Cite> has no text: it cites the sentence between <Cite …> and </Cite>',
        },
        fix: { nl: 'zet de zin ertussen: <Cite fact="…">de zin</Cite>', en: 'put the sentence inside: <Cite fact="…">the sentence</Cite>' },
      });
    }
  }
  return problems;
}
