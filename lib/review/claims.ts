import type { Locale } from '@/i18n/routing';
import { claimWords } from '@/lib/check/claim-words';

// The hook for the claim check (issue 11). The review view asks, for every sentence of a page,
// which quantitative or comparative claims it makes ("de meeste", "twee keer", "more than"); a
// claim in a sentence whose sentence and paragraph cite no fact is marked as a claim without a
// source. The claim check itself is lib/check/claims.ts.

/** One claim the check found in a sentence: the words that make it. */
export type Claim = { words: string[] };

/** Finds the claims in one sentence of plain text, in the page's language. */
export type ClaimFinder = (text: string, locale: Locale) => Claim[];

/** The claim check's own words list (lib/check/claim-words.ts), so the view marks exactly what the check rejects. */
export const findClaims: ClaimFinder = (text, locale) => {
  const words = claimWords(text, locale);
  return words.length ? [{ words }] : [];
};
