import { bill } from './bill';
import { copyControl } from './dom';
import { quiz } from './quiz';
import { search } from './search';
import { share } from './share';
import { topics } from './topics';

// Progressive enhancement without a framework runtime (issue 6). Every widget is complete HTML
// from the server; an element with data-enhance="<name>" gets its interactive behaviour here. The
// build bundles this into one small script (lib/build/enhance.ts) on the pages that need it, so no
// page downloads, parses and hydrates React to change a few attributes.
export const enhancers: Record<string, (root: HTMLElement) => void> = {
  bill,
  copy: copyControl,
  quiz,
  search,
  share,
  topics,
};

/** Enhances every widget in scope that is not enhanced yet; safe to call again after changes. */
export function enhance(scope: ParentNode = document): void {
  for (const root of scope.querySelectorAll<HTMLElement>('[data-enhance]:not([data-enhanced])')) {
    const run = enhancers[root.dataset.enhance ?? ''];
    if (!run) continue;
    root.dataset.enhanced = '';
    try {
      run(root);
    } catch (error) {
      // One broken widget must not stop the others; this one stays its no-JavaScript self.
      console.error(error);
    }
  }
}
