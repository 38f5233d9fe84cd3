import { copyControl, part, text } from './dom';

/**
 * The share control: the browser's own share sheet where it has one (most phones); otherwise the
 * WhatsApp and e-mail links stay and "link to this page" becomes a copy button.
 */
export function share(root: HTMLElement): void {
  if (typeof navigator.share !== 'function') return copyControl(root);
  const button = part(root, 'native');
  part(root, 'links').hidden = true;
  button.hidden = false;
  button.addEventListener('click', () => {
    // Closing the sheet without sharing rejects: that is not an error to show.
    navigator.share({ title: text(root, 'title'), url: text(root, 'url') }).catch(() => undefined);
  });
}
