import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Search } from '@/components/widgets/Search';
import { enhance } from '@/lib/enhance';
import { engine, PAGEFIND, type Pagefind } from '@/lib/enhance/search';
import { translator } from '@/lib/i18n/translator';

// The search page as the server renders it, enhanced by lib/enhance/search.ts with a stand-in for
// pagefind (engine.load is the seam: in the browser it imports /pagefind/pagefind.js).
const ctx = { locale: 'nl' as const, factIds: [], t: translator('nl') };
type Page = { url: string; title: string; excerpt: string };

function stub(pages: Page[]) {
  // Read at each search, so a test can change what the index holds.
  const debouncedSearch = vi.fn<Pagefind['debouncedSearch']>(async () => ({
    results: pages.map((page) => ({ data: async () => ({ url: page.url, meta: { title: page.title }, excerpt: page.excerpt }) })),
  }));
  return vi.spyOn(engine, 'load').mockResolvedValue({ debouncedSearch });
}

function renderSearch() {
  const { container } = render(<Search ctx={ctx} />);
  enhance(container);
  return container;
}

const box = () => screen.getByRole('searchbox', { name: 'Waar zoek je naar?' });
const submit = (query: string) => {
  fireEvent.change(box(), { target: { value: query } });
  fireEvent.click(screen.getByRole('button', { name: 'Zoeken' }));
};

beforeEach(() => window.history.replaceState(null, '', '/nl/zoeken/'));
afterEach(() => vi.restoreAllMocks());

describe('search without JavaScript', () => {
  it('is a form to the list of all pages whose field sends no query', () => {
    render(<Search ctx={ctx} />);
    const form = screen.getByRole('search');
    expect(form).toHaveAttribute('action', '/nl/alle-paginas/');
    expect(box()).not.toHaveAttribute('name');
    expect(screen.queryByRole('list', { name: 'Zoekresultaten' })).toBeNull();
  });
});

describe('search with JavaScript', () => {
  it('loads pagefind on first use only, then lists the results with their hits marked', async () => {
    const load = stub([
      { url: '/nl/gezondheid/', title: 'Gezondheid', excerpt: 'Wie <mark>xtc</mark> neemt &amp; veel drinkt…' },
      { url: '/nl/geld/', title: 'Geld', excerpt: 'De <mark>xtc</mark>-markt' },
    ]);
    renderSearch();
    expect(screen.getByRole('search').closest('[data-enhance]')).toHaveAttribute('data-enhanced');
    expect(load).not.toHaveBeenCalled();
    fireEvent.focus(box());
    expect(load).toHaveBeenCalledWith(PAGEFIND);

    submit('xtc');
    const list = await screen.findByRole('list', { name: 'Zoekresultaten' });
    expect(screen.getByRole('status')).toHaveTextContent('2 pagina’s gevonden voor “xtc”');
    const links = within(list).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['/nl/gezondheid/', '/nl/geld/']);
    expect(links[0]).toHaveAccessibleName('Gezondheid');
    const [first] = within(list).getAllByRole('listitem');
    expect(first).toHaveTextContent('Wie xtc neemt & veel drinkt…');
    expect(first.querySelector('mark')).toHaveTextContent(/^xtc$/);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('shows pagefind output as text, never as HTML', async () => {
    stub([
      { url: '/nl/a/', title: '<img src=x onerror=alert(1)>', excerpt: '&lt;script&gt;alert(1)&lt;/script&gt; <mark>&lt;b&gt;</mark>' },
    ]);
    const container = renderSearch();
    submit('b');
    const list = await screen.findByRole('list', { name: 'Zoekresultaten' });
    expect(screen.getByRole('status')).toHaveTextContent('1 pagina gevonden voor “b”');
    expect(within(list).getByRole('link')).toHaveTextContent('<img src=x onerror=alert(1)>');
    expect(list).toHaveTextContent('<script>alert(1)</script> <b>');
    expect(container.querySelector('img, script, b')).toBeNull();
    expect(list.querySelector('mark')).toHaveTextContent('<b>');
  });

  it('says when nothing is found, and empties the list again', async () => {
    const pages = [{ url: '/nl/a/', title: 'A', excerpt: 'a' }];
    stub(pages);
    renderSearch();
    submit('a');
    await screen.findByRole('list', { name: 'Zoekresultaten' });
    pages.length = 0;
    submit('qqqxyzzy');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Niets gevonden voor “qqqxyzzy”. Probeer een ander woord.'));
    expect(screen.queryByRole('list', { name: 'Zoekresultaten' })).toBeNull();
  });

  it('says so when pagefind cannot be loaded', async () => {
    vi.spyOn(engine, 'load').mockRejectedValue(new Error('offline'));
    renderSearch();
    submit('xtc');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Zoeken werkt nu even niet.'));
    expect(screen.queryByRole('list', { name: 'Zoekresultaten' })).toBeNull();
  });

  it('runs the search of a ?q= link on load', async () => {
    window.history.replaceState(null, '', '/nl/zoeken/?q=afval');
    const load = stub([{ url: '/nl/milieu/', title: 'Milieu', excerpt: '<mark>afval</mark>' }]);
    renderSearch();
    expect(box()).toHaveValue('afval');
    const list = await screen.findByRole('list', { name: 'Zoekresultaten' });
    expect(within(list).getByRole('link', { name: 'Milieu' })).toHaveAttribute('href', '/nl/milieu/');
    expect(load).toHaveBeenCalledTimes(1);
  });
});

describe('search result count', () => {
  it('says one page in the singular and two in the plural (Intl.PluralRules)', async () => {
    stub([{ url: '/nl/geld/', title: 'Geld', excerpt: 'De <mark>xtc</mark>-markt' }]);
    renderSearch();
    submit('xtc');
    await screen.findByRole('list', { name: 'Zoekresultaten' });
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/^1 pagina gevonden voor “xtc”/));
  });
});
