// Helpers for the enhancement scripts. They only show, hide and fill elements the server rendered:
// in `npm run dev` React owns the same nodes, and a node it rendered must not be removed under it.
// Names come with the widget's contract (./contracts.ts), so a name the server does not write is a
// type error here rather than a widget that silently stays its no-JavaScript self.

import { copyWidget, dataAttribute, type Contract, type DataKey, type MarkKey, type PartName } from './contracts';

/**
 * The element of a widget marked data-part="<name>", or an error naming what the markup lacks.
 * An enhancer that needs a particular element type says so with `as` at the call.
 */
export function part<C extends Contract>(root: HTMLElement, contract: C, name: PartName<C>): HTMLElement {
  const found = root.querySelector<HTMLElement>(`[data-part="${name}"]`);
  if (!found) throw new Error(`data-enhance="${root.dataset.enhance}" has no data-part="${name}"`);
  return found;
}

/** The elements in scope that carry one of the widget's marks (data-<key>). */
export function marked<C extends Contract>(scope: ParentNode, contract: C, key: MarkKey<C>): HTMLElement[] {
  return [...scope.querySelectorAll<HTMLElement>(`[${dataAttribute(key)}]`)];
}

/** The value of a mark on an element (data-<key>), if it has one. */
export function markOf<C extends Contract>(element: HTMLElement, contract: C, key: MarkKey<C>): string | undefined {
  return element.dataset[key];
}

type Values = Record<string, string | number>;

/** A message template with its {placeholders} filled in; the server renders the first one with it too. */
export function fill(template: string, values: Values): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** A text the server put on the widget as data-<key>, with {placeholders} filled in. */
export function text<C extends Contract>(root: HTMLElement, contract: C, key: DataKey<C>, values: Values = {}): string {
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
export function copyControl(root: HTMLElement, url = () => text(root, copyWidget, 'url')): void {
  if (!canCopy()) return;
  const button = part(root, copyWidget, 'copy');
  const status = part(root, copyWidget, 'status');
  part(root, copyWidget, 'link').hidden = true;
  button.hidden = false;
  status.hidden = false;
  button.addEventListener('click', async () => {
    status.textContent = text(root, copyWidget, (await copyText(url())) ? 'copied' : 'failed');
  });
}
