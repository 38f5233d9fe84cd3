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
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestScore = Infinity;
  for (const candidate of candidates) {
    const score = distance(lower, candidate.toLowerCase());
    if (score < bestScore) [best, bestScore] = [candidate, score];
  }
  const limit = Math.max(2, Math.floor(word.length * 0.4));
  // An exact match is no suggestion; a match that differs only in case is.
  return best === undefined || best === word || bestScore > limit ? undefined : best;
}

/** " Did you mean X?" or nothing, ready to append to a fix. */
export function didYouMean(word: string, candidates: Iterable<string>, quote = (s: string) => `"${s}"`): string {
  const near = closest(word, candidates);
  return near ? ` Did you mean ${quote(near)}?` : '';
}
