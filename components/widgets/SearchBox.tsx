'use client';

import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useHydrated } from '@/components/client/hydrated';

type Labels = Record<'label' | 'button' | 'loading' | 'none' | 'countOne' | 'countOther' | 'failed' | 'results', string>;
type Props = { labels: Labels; fallbackHref: string };
type Hit = { url: string; title: string; excerpt: string };
type Pagefind = {
  debouncedSearch: (query: string, options?: object, ms?: number) => Promise<{ results: { data: () => Promise<{ url: string; meta: { title?: string }; excerpt: string }> }[] } | null>;
};

// The index is written by the pagefind build step (lib/build/pagefind.ts) next to the pages, one
// per language; pagefind.js picks the one matching <html lang>. It is fetched on first use only.
const PAGEFIND = '/pagefind/pagefind.js';
let pagefind: Promise<Pagefind> | undefined;
let ready = false;
const load = () =>
  (pagefind ??= (import(/* webpackIgnore: true */ /* turbopackIgnore: true */ PAGEFIND) as Promise<Pagefind>).then((engine) => {
    ready = true;
    return engine;
  }));
const MAX = 10;

// Pagefind's excerpt is escaped text with <mark> around the hits: split it instead of injecting HTML.
const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };
const unescape = (text: string) => text.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (entity) => entities[entity]);
function Excerpt({ html }: { html: string }) {
  return html.split(/<mark>(.*?)<\/mark>/).map((part, index) => (index % 2 ? <mark key={index}>{unescape(part)}</mark> : unescape(part)));
}

/** Search over the built site. Without JavaScript the form goes to the page that lists every page. */
export function SearchBox({ labels, fallbackHref }: Props) {
  // Until React runs, the form leads to the list of all pages; then it searches in place.
  const enhanced = useHydrated();
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState('');
  const [hits, setHits] = useState<Hit[]>([]);

  async function search(raw: string) {
    const query = raw.trim();
    try {
      // Only the first search waits for the index to load (slow mobile data): say so once.
      if (!ready && query) setStatus(labels.loading);
      const engine = await load();
      if (!query) {
        setHits([]);
        setStatus('');
        return;
      }
      const found = await engine.debouncedSearch(query, {}, 250);
      if (!found) return; // a newer search replaced this one
      const data = await Promise.all(found.results.slice(0, MAX).map((result) => result.data()));
      setHits(data.map((item) => ({ url: item.url, title: item.meta.title ?? item.url, excerpt: item.excerpt })));
      const count = found.results.length;
      const template = count === 0 ? labels.none : count === 1 ? labels.countOne : labels.countOther;
      setStatus(template.replace('{count}', String(count)).replace('{query}', query));
    } catch {
      setHits([]);
      setStatus(labels.failed);
    }
  }

  // A link to /zoeken/?q=… shows its results straight away. The page never writes the query into
  // the URL itself (a reload would send it to the server), and without JavaScript the field has no
  // name, so the fallback link to all pages carries no query either.
  useEffect(() => {
    const query = new URLSearchParams(window.location.search).get('q');
    if (query && input.current) {
      input.current.value = query;
      void search(query);
    }
    // Runs once, after hydration; search() only reads labels, which never change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void search(input.current?.value ?? '');
  }

  return (
    <div className="not-prose mt-6" data-pagefind-ignore="all">
      <form role="search" action={fallbackHref} method="get" onSubmit={submit} data-enhanced={enhanced ? '' : undefined}>
        <label htmlFor="search-query" className="block text-lg font-bold">
          {labels.label}
        </label>
        <div className="mt-2 flex flex-wrap gap-2">
          <input
            ref={input}
            id="search-query"
            type="search"
            autoComplete="off"
            onFocus={() => void load().catch(() => undefined)}
            onInput={(event) => void search(event.currentTarget.value)}
            className="min-h-tap min-w-0 flex-1 basis-48 rounded-md border-2 border-muted bg-paper px-3 text-ink"
          />
          <button type="submit" className="inline-flex min-h-tap items-center rounded-full border-2 border-night bg-night px-5 font-bold text-onNight dark:border-muted">
            {labels.button}
          </button>
        </div>
      </form>
      <p role="status" className="mt-4 font-bold">
        {status}
      </p>
      {hits.length ? (
        <ol aria-label={labels.results} className="mt-4 space-y-5">
          {hits.map((hit) => (
            <li key={hit.url}>
              <a href={hit.url} className="inline-flex min-h-6 items-center text-lg font-bold text-link">
                {hit.title}
              </a>
              <p className="mt-1 text-base text-muted">
                <Excerpt html={hit.excerpt} />
              </p>
            </li>
          ))}
        </ol>
      ) : null}
    </div>
  );
}
