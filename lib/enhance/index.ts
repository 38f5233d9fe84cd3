import { bill } from './bill';
import type { WidgetName } from './contracts';
import { copyControl } from './dom';
import { quiz } from './quiz';
import { search } from './search';
import { share } from './share';
import { topics } from './topics';

// Progressive enhancement without a framework runtime (issue 6). Every widget is complete HTML
// from the server; an element with data-enhance="<name>" gets its interactive behaviour here. The
// build bundles this into one small script (lib/build/enhance.ts) on the pages that need it, so no
// page downloads, parses and hydrates React to change a few attributes.
//
// Keyed by the widget names in ./contracts.ts: a widget without its enhancer is a type error.
export const enhancers: Record<WidgetName, (root: HTMLElement) => void> = {
  bill,
  copy: copyControl,
  quiz,
  search,
  share,
  topics,
};

// An own key only: data-enhance="toString" is no widget. (Not Object.hasOwn: older phones lack it.)
const isWidget = (name: string | undefined): name is WidgetName =>
  name !== undefined && Object.prototype.hasOwnProperty.call(enhancers, name);

/** Enhances every widget in scope that is not enhanced yet; safe to call again after changes. */
export function enhance(scope: ParentNode = document): void {
  for (const root of scope.querySelectorAll<HTMLElement>('[data-enhance]:not([data-enhanced])')) {
    const name = root.dataset.enhance;
    if (!isWidget(name)) continue;
    const run = enhancers[name];
    root.dataset.enhanced = '';
    try {
      run(root);
    } catch (error) {
      // One broken widget must not stop the others; this one stays its no-JavaScript self.
      console.error(error);
    }
  }
}
