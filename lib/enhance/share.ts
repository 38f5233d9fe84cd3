import { shareWidget } from './contracts';
import { copyControl, part, text } from './dom';

/**
 * The page's address with the view the visitor chose on it: the query holds that choice (?bill= on
 * the home page, or the ?q= a search link opened with), so a shared link opens the same view.
 */
function currentUrl(canonical: string): string {
  const url = new URL(canonical);
  url.search = window.location.search;
  return url.href;
}

/**
 * The share control: the browser's own share sheet where it has one (most phones); otherwise the
 * WhatsApp and e-mail links stay and "link to this page" becomes a copy button. All of them share
 * the page as the visitor sees it now.
 */
export function share(root: HTMLElement): void {
  const canonical = text(root, shareWidget, 'url');
  const url = () => currentUrl(canonical);
  if (typeof navigator.share !== 'function') {
    followView(root, canonical, url);
    return copyControl(root, url);
  }
  const button = part(root, shareWidget, 'native');
  part(root, shareWidget, 'links').hidden = true;
  button.hidden = false;
  button.addEventListener('click', () => {
    // Closing the sheet without sharing rejects: that is not an error to show.
    navigator.share({ title: text(root, shareWidget, 'title'), url: url() }).catch(() => undefined);
  });
}

/** Rewrites the links' addresses just before they are used: the view can change after load. */
function followView(root: HTMLElement, canonical: string, url: () => string): void {
  const links = [...part(root, shareWidget, 'links').querySelectorAll('a')].map((link) => ({
    link,
    href: link.getAttribute('href') ?? '',
  }));
  const refresh = () => {
    const current = url();
    for (const { link, href } of links) {
      link.setAttribute('href', href.replace(canonical, current).replace(encodeURIComponent(canonical), encodeURIComponent(current)));
    }
  };
  for (const type of ['focusin', 'pointerdown', 'click']) root.addEventListener(type, refresh);
}
