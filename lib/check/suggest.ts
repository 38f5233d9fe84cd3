import { join, type Bilingual, type Text } from './lang';

// "Did you mean …?" for misspelt ids, names and links. Plain edit distance is enough for the
// few hundred names the site has.
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

/** The candidate nearest to `word` (ignoring case), or undefined when nothing is close enough to help. */
export function closest(word: string, candidates: Iterable<string>, strict = false): string | undefined {
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestScore = Infinity;
  for (const candidate of candidates) {
    const score = distance(lower, candidate.toLowerCase());
    if (score < bestScore) [best, bestScore] = [candidate, score];
  }
  // A fact id names a figure: another fact is another figure, so only a likely typo is suggested
  // (at most 2 edits and at most a fifth of the id). Other names may be a little further off.
  const limit = strict ? Math.min(2, Math.floor(word.length * 0.2)) : Math.max(2, Math.floor(word.length * 0.4));
  // An exact match is no suggestion; a match that differs only in case is.
  return best === undefined || best === word || bestScore > limit ? undefined : best;
}

/** " Bedoel je X?" / " Did you mean X?", or nothing, ready to append to a fix with join(). */
export function didYouMean(word: string, candidates: Iterable<string>, quote = (s: string) => `"${s}"`, strict = false): Text {
  const near = closest(word, candidates, strict);
  return near ? { nl: ` Bedoel je ${quote(near)}?`, en: ` Did you mean ${quote(near)}?` } : '';
}

const checkOrAdd: Bilingual = { nl: 'controleer de spelling of voeg het feit toe.', en: 'check the spelling or add the fact.' };

/** The fix for a fact id that does not exist: a likely typo, or else where to look; never a far-off fact. */
export function unknownFactFix(id: string, known: Iterable<string>, start: Bilingual = checkOrAdd): Bilingual {
  const near = didYouMean(id, known, undefined, true);
  return near
    ? join(start, near)
    : join(start, {
        nl: ' Geen feit heeft een id die erop lijkt: zoek het bestand in content/facts/, of kijk op het feitenoverzicht (/nl/feiten/, /en/facts/). Is het feit weggehaald? Kies dan een ander feit of haal de tag weg.',
        en: ' No fact has a similar id: look in content/facts/ for the file, or on the fact sheet (/nl/feiten/, /en/facts/); if the fact was removed, choose another fact or remove the tag.',
      });
}
