// Helpers for the enhancement scripts. They only show, hide and fill elements the server rendered:
// in `npm run dev` React owns the same nodes, and a node it rendered must not be removed under it.

/** The element of a widget marked data-part="<name>", or an error naming what the markup lacks. */
export function part<T extends HTMLElement = HTMLElement>(root: HTMLElement, name: string): T {
  const found = root.querySelector<T>(`[data-part="${name}"]`);
  if (!found) throw new Error(`data-enhance="${root.dataset.enhance}" has no data-part="${name}"`);
  return found;
}

type Values = Record<string, string | number>;

/** A message template with its {placeholders} filled in; the server renders the first one with it too. */
export function fill(template: string, values: Values): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** A text the server put on the widget as data-<key>, with {placeholders} filled in. */
export function text(root: HTMLElement, key: string, values: Values = {}): string {
  const template = root.dataset[key];
  if (template === undefined) throw new Error(`data-enhance="${root.dataset.enhance}" has no data-${key}`);
  return fill(template, values);
}

export function canCopy(): boolean {
  return typeof navigator.clipboard?.writeText === 'function';
}

/** Copies text to the clipboard; false where the browser refuses. */
export async function copyText(value: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(value);
    return true;
  } catch {
    return false;
  }
}

/**
 * A link that becomes a "copy link" button where the browser has a clipboard: the widget holds
 * data-part link, copy (a hidden button) and status (a hidden live region), and data-url,
 * data-copied and data-failed. `url` gives the address to copy when it is not simply data-url.
 */
export function copyControl(root: HTMLElement, url = () => text(root, 'url')): void {
  if (!canCopy()) return;
  const button = part(root, 'copy');
  const status = part(root, 'status');
  part(root, 'link').hidden = true;
  button.hidden = false;
  status.hidden = false;
  button.addEventListener('click', async () => {
    status.textContent = text(root, (await copyText(url())) ? 'copied' : 'failed');
  });
}
