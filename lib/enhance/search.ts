import { searchWidget } from './contracts';
import { part, text } from './dom';

type Result = { url: string; meta: { title?: string }; excerpt: string };
export type Pagefind = {
  debouncedSearch: (query: string, options?: object, ms?: number) => Promise<{ results: { data: () => Promise<Result> }[] } | null>;
};

// The index is written by the pagefind build step (lib/build/pagefind.ts) next to the pages, one
// per language; pagefind.js picks the one matching <html lang>. It is fetched on first use only.
export const PAGEFIND = '/pagefind/pagefind.js';
const MAX = 10;

/**
 * How pagefind is fetched: a real import() of its URL when the page runs. The URL is a variable, so
 * esbuild (lib/build/enhance.ts) and Next in dev leave it alone. Unit tests put a stub here.
 */
export const engine = {
  load: (url: string): Promise<Pagefind> =>
    import(/* @vite-ignore */ /* webpackIgnore: true */ /* turbopackIgnore: true */ url) as Promise<Pagefind>,
};

// Pagefind's excerpt is escaped text with <mark> around the hits: split it instead of injecting HTML.
const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };
const unescape = (html: string) => html.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (entity) => entities[entity]);

function hit(result: Result): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = result.url;
  link.className = 'inline-flex min-h-6 items-center text-lg font-bold text-link';
  link.textContent = result.meta.title ?? result.url;
  const excerpt = document.createElement('p');
  excerpt.className = 'mt-1 text-base text-muted';
  result.excerpt.split(/<mark>(.*?)<\/mark>/).forEach((piece, index) => {
    if (index % 2 === 0) return excerpt.append(unescape(piece));
    const mark = document.createElement('mark');
    mark.textContent = unescape(piece);
    excerpt.append(mark);
  });
  item.append(link, excerpt);
  return item;
}

/**
 * The search page (components/widgets/SearchBox.tsx): searches in place instead of submitting to
 * the list of all pages, says what it found in the status, and lists up to ten results.
 */
export function search(root: HTMLElement): void {
  const form = part(root, searchWidget, 'form') as HTMLFormElement;
  const input = part(root, searchWidget, 'input') as HTMLInputElement;
  const status = part(root, searchWidget, 'status');
  const list = part(root, searchWidget, 'results');
  let pagefind: Promise<Pagefind> | undefined;
  let ready = false;
  let latest = 0;

  const load = () =>
    (pagefind ??= engine.load(PAGEFIND).then(
      (loaded) => {
        ready = true;
        return loaded;
      },
      (error: unknown) => {
        pagefind = undefined; // the next search tries again
        throw error;
      },
    ));

  function show(message: string, results: Result[] = []) {
    status.textContent = message;
    list.replaceChildren(...results.map(hit));
    list.hidden = results.length === 0;
  }

  async function run(raw: string) {
    const query = raw.trim();
    const mine = ++latest;
    try {
      // Only the first search waits for the index to load (slow mobile data): say so once.
      if (!ready && query) status.textContent = text(root, searchWidget, 'loading');
      const loaded = await load();
      if (mine !== latest) return;
      if (!query) return show('');
      const found = await loaded.debouncedSearch(query, {}, 250);
      if (!found || mine !== latest) return; // a newer search replaced this one
      const results = await Promise.all(found.results.slice(0, MAX).map((result) => result.data()));
      if (mine !== latest) return;
      const count = found.results.length;
      // The page's language chooses the plural form (nl and en: "one" for 1 only).
      const form = new Intl.PluralRules(document.documentElement.lang || undefined).select(count) === 'one' ? 'countOne' : 'countOther';
      show(text(root, searchWidget, count === 0 ? 'none' : form, { count, query }), results);
    } catch {
      if (mine === latest) show(text(root, searchWidget, 'failed'));
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(input.value);
  });
  input.addEventListener('focus', () => void load().catch(() => undefined));
  input.addEventListener('input', () => void run(input.value));

  // A link to /zoeken/?q=… shows its results straight away. The page never writes the query into
  // the URL itself (a reload would send it to the server).
  const query = new URLSearchParams(window.location.search).get(searchWidget.param);
  if (query) {
    input.value = query;
    void run(query);
  }
}
