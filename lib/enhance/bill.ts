import { billWidget } from './contracts';
import { marked, markOf, part, text } from './dom';

// The choice lives in the URL (?bill=<id>), so a shared link opens the same bill. Links made
// without JavaScript use #bill-<id>; both are read, the query first.
const PARAM = billWidget.param;

const fromQuery = () => new URLSearchParams(window.location.search).get(PARAM);
const fromHash = () => (window.location.hash.startsWith(`#${PARAM}-`) ? window.location.hash.slice(PARAM.length + 2) : null);

/** The scenario the URL names, if any: ?bill= first, then a #bill- link made without JavaScript. */
function named(ids: string[]): string | undefined {
  return [fromQuery(), fromHash()].find((id): id is string => !!id && ids.includes(id));
}

/** The query is the one place the choice lives, so the page's own URL (and the share control) carries it. */
function keepInQuery(id: string): void {
  const url = new URL(window.location.href);
  url.searchParams.set(PARAM, id);
  if (url.hash.startsWith(`#${PARAM}-`)) url.hash = '';
  if (url.href !== window.location.href) window.history.replaceState(window.history.state, '', url);
}

/** Opened from a link, not a reload or back/forward, where the browser puts the reader back. */
function freshVisit(): boolean {
  const [entry] = (performance.getEntriesByType?.('navigation') ?? []) as PerformanceNavigationTiming[];
  return !entry || entry.type === 'navigate';
}

/**
 * The home page's interactive bill (components/widgets/BillSwitch.tsx). Without JavaScript, links
 * and CSS :target pick the scenario; here the links give way to the radio group the server
 * rendered hidden, and the hidden attribute shows one scenario at a time.
 */
export function bill(root: HTMLElement): void {
  const choices = part(root, billWidget, 'choices');
  const scenarios = part(root, billWidget, 'scenarios');
  const status = part(root, billWidget, 'status');
  const radios = [...choices.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
  const panels = marked(scenarios, billWidget, 'scenario');
  const ids = radios.map((radio) => radio.value);

  function show(id: string) {
    for (const radio of radios) radio.checked = radio.value === id;
    for (const panel of panels) panel.hidden = markOf(panel, billWidget, 'scenario') !== id;
  }

  const follow = () => {
    const id = named(ids);
    // A choice made by a #bill- link moves into the query, where the share control finds it.
    if (id && id === fromHash()) keepInQuery(id);
    show(id ?? text(root, billWidget, 'default'));
  };
  const linked = named(ids) !== undefined;
  follow();
  part(root, billWidget, 'links').hidden = true;
  choices.hidden = false;
  // The bill sits below the fold: a shared link to a chosen bill opens at it, choices in view.
  if (linked && freshVisit()) root.scrollIntoView({ block: 'start' });

  choices.addEventListener('change', (event) => {
    const radio = event.target as HTMLInputElement;
    keepInQuery(radio.value);
    show(radio.value);
    status.textContent = markOf(radio, billWidget, 'announcement') ?? '';
  });
  window.addEventListener('popstate', follow);
  window.addEventListener('hashchange', follow);
}
