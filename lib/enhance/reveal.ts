// A link into closed <details> (the home page's sources): the HTML standard has the browser open it
// when a fragment link leads inside, and Chromium and Firefox do; this does it where the browser
// does not, and opens every disclosure before printing, so a printed page keeps its sources.

/** Opens every <details> around the element with this id. */
export function revealId(id: string, scope: Document = document): void {
  let details = id ? (scope.getElementById(id)?.closest('details') ?? null) : null;
  while (details) {
    details.open = true;
    details = details.parentElement?.closest('details') ?? null;
  }
}

export function revealTargets(scope: Document = document): void {
  const fromHash = () => revealId(decodeURIComponent(scope.location.hash.slice(1)), scope);
  fromHash();
  scope.defaultView?.addEventListener('hashchange', fromHash);
  // Following the same footnote again after closing the list fires no hashchange.
  scope.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest?.('a[href^="#"]');
    if (link) revealId(decodeURIComponent(link.getAttribute('href')!.slice(1)), scope);
  });
  scope.defaultView?.addEventListener('beforeprint', () => {
    for (const details of scope.querySelectorAll('details')) details.open = true;
  });
}
