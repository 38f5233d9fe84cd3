import type { Locale } from '@/i18n/routing';

// The hook for the claim check (issue 11). The review view asks, for every sentence of a page,
// which quantitative or comparative claims it makes ("de meeste", "twee keer", "more than"); a
// claim in a sentence whose sentence and paragraph cite no fact is marked as a claim without a
// source. The claim check itself lives in lib/check/claims.ts, written beside this view.

/** One claim the check found in a sentence: the words that make it. */
export type Claim = { words: string[] };

/** Finds the claims in one sentence of plain text, in the page's language. */
export type ClaimFinder = (text: string, locale: Locale) => Claim[];

/**
 * PLUG IN HERE: once lib/check/claims.ts exports `findClaims` with this signature, replace the
 * stub below with
 *
 *   export { findClaims } from '@/lib/check/claims';
 *
 * (or adapt its result to `Claim[]` here). Until then the review view lists every cited sentence
 * and marks no claims.
 */
export const findClaims: ClaimFinder = () => [];
