import { part, text } from './dom';

// The choice lives in the URL (?bill=<id>), so a shared link opens the same bill. Links made
// without JavaScript use #bill-<id>; both are read, the query first.
const PARAM = 'bill';

function chosen(ids: string[], fallback: string): string {
  const fromQuery = new URLSearchParams(window.location.search).get(PARAM);
  const fromHash = window.location.hash.startsWith(`#${PARAM}-`) ? window.location.hash.slice(PARAM.length + 2) : null;
  return [fromQuery, fromHash].find((id): id is string => !!id && ids.includes(id)) ?? fallback;
}

/**
 * The home page's interactive bill (components/widgets/BillSwitch.tsx). Without JavaScript, links
 * and CSS :target pick the scenario; here the links give way to the radio group the server
 * rendered hidden, and the hidden attribute shows one scenario at a time.
 */
export function bill(root: HTMLElement): void {
  const choices = part(root, 'choices');
  const scenarios = part(root, 'scenarios');
  const status = part(root, 'status');
  const radios = [...choices.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
  const panels = [...scenarios.querySelectorAll<HTMLElement>('[data-scenario]')];
  const ids = radios.map((radio) => radio.value);

  function show(id: string) {
    for (const radio of radios) radio.checked = radio.value === id;
    for (const panel of panels) panel.hidden = panel.dataset.scenario !== id;
  }

  const follow = () => show(chosen(ids, text(root, 'default')));
  follow();
  part(root, 'links').hidden = true;
  choices.hidden = false;

  choices.addEventListener('change', (event) => {
    const radio = event.target as HTMLInputElement;
    const url = new URL(window.location.href);
    url.searchParams.set(PARAM, radio.value);
    if (url.hash.startsWith(`#${PARAM}-`)) url.hash = '';
    window.history.replaceState(window.history.state, '', url);
    show(radio.value);
    status.textContent = radio.dataset.announcement ?? '';
  });
  window.addEventListener('popstate', follow);
  window.addEventListener('hashchange', follow);
}
