// Words that make a sentence a quantitative or comparative claim ("most young people…", "five times
// as many", "stronger than before"). Such a sentence says something a source must say too, so the
// claim check (claims.ts) wants a fact cited beside it. Issue 11: a claim in prose is a claim.
import type { Locale } from '@/i18n/routing';

const nlNumbers = 'twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twintig|honderd|duizend|miljoen|miljard|dubbel';
const enNumbers = 'two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand|million|billion|double';

const patterns: Record<Locale, RegExp[]> = {
  nl: [
    /\bde meeste\b/,
    /\bmeeste(?:n)?\b/,
    /\bmeerderheid\b/,
    /\bminderheid\b/,
    /\b(?:de )?helft\b/,
    /\bmeer (?:\S+ )?dan\b/,
    /\bminder (?:\S+ )?dan\b/,
    /\bsteeds (?:meer|minder|vaker|sterker|jonger|groter)\b/,
    /\bvaker\b/,
    /\bminder vaak\b/,
    /\bsterkere?\b/,
    /\bzwakkere?\b/,
    /\bverdubbeld\b/,
    /\bverdrievoudigd\b/,
    /\bvervijfvoudigd\b/,
    /\bverviervoudigd\b/,
    /\b(?:stijgt|stijgen|stijging|gestegen|daalt|dalen|daling|gedaald|groeit|groeien|gegroeid|neemt toe|nemen toe|toegenomen|toename|afgenomen|neemt af|afname)\b/,
    /\b(?:record|hoogste|laagste|grootste|kleinste)\b/,
    /\bbijna (?:alle|iedereen|niemand|nooit)\b/,
    new RegExp(`\\b(?:${nlNumbers}) (?:keer|maal)\\b`),
    new RegExp(`\\b(?:een|één|${nlNumbers}) op de (?:${nlNumbers})\\b`),
    new RegExp(`\\b(?:${nlNumbers}) procent\\b`),
    /\bprocent\b/,
  ],
  en: [
    /\bmost\b/,
    /\bthe majority\b/,
    /\bminority\b/,
    /\bhalf\b/,
    /\bmore (?:\S+ )?than\b/,
    /\b(?:less|fewer) (?:\S+ )?than\b/,
    /\bincreasingly\b/,
    /\bmore and more\b/,
    /\bmore often\b/,
    /\bless often\b/,
    /\bstronger\b/,
    /\bweaker\b/,
    /\b(?:doubled|tripled|trebled|quadrupled)\b/,
    /\btwice\b/,
    /\b(?:rises|rising|rose|risen|falls|falling|fell|fallen|grows|growing|grew|grown|increase[sd]?|increasing|decrease[sd]?|decreasing|declin(?:e|es|ed|ing))\b/,
    /\b(?:record (?:number|high|low|year)|highest|lowest|largest|smallest)\b/,
    /\balmost (?:all|everyone|nobody|never)\b/,
    new RegExp(`\\b(?:${enNumbers}|one) times\\b`),
    new RegExp(`\\b(?:one|${enNumbers}) in (?:${enNumbers})\\b`),
    /\bper ?cent\b/,
  ],
};

/** The claim words in one sentence, in the order found, lower case. */
export function claimWords(sentence: string, locale: Locale): string[] {
  const text = sentence.toLowerCase();
  const words = patterns[locale].map((pattern) => pattern.exec(text)?.[0]).filter((word): word is string => Boolean(word));
  // "de meeste" also matches "meeste": keep the longest wording of each place.
  return [...new Set(words)].filter((word, _, all) => !all.some((other) => other !== word && other.includes(word)));
}

/** Splits prose into sentences: a sentence ends at . ! or ? followed by white space ("1.130" stays whole). */
export function sentences(text: string): { text: string; offset: number }[] {
  const found: { text: string; offset: number }[] = [];
  let start = 0;
  for (const end of [...text.matchAll(/[.!?]+(?=\s)/g)].map((match) => (match.index ?? 0) + match[0].length).concat(text.length)) {
    const piece = text.slice(start, end);
    const trimmed = piece.trim();
    if (trimmed) found.push({ text: trimmed, offset: start + piece.indexOf(trimmed) });
    start = end;
  }
  return found;
}
