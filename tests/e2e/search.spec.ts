import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { pageTypes } from '../page-types';

// Search (issue 6): pagefind over the built site, one index per language, loaded only on use;
// without JavaScript the form leads to the page that lists every page.
test('pagefind wrote one index per language', () => {
  const entry = JSON.parse(readFileSync('out/pagefind/pagefind-entry.json', 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  expect(Object.keys(entry.languages).sort()).toEqual(['en', 'nl']);
  for (const language of Object.values(entry.languages)) expect(language.page_count).toBeGreaterThan(10);
});

test('every page type has a search link in the header', async ({ page }) => {
  for (const { nl, en } of pageTypes) {
    await page.goto(nl);
    await expect(page.getByRole('banner').getByRole('link', { name: 'Zoeken' })).toHaveAttribute('href', '/nl/zoeken/');
    await page.goto(en);
    await expect(page.getByRole('banner').getByRole('link', { name: 'Search' })).toHaveAttribute('href', '/en/search/');
  }
});

for (const [locale, url, query, expected] of [
  ['nl', '/nl/zoeken/', 'xtc', '/nl/gezondheid/'],
  ['en', '/en/search/', 'ecstasy', '/en/health/'],
] as const) {
  test(`searching ${url} finds pages in that language only, and loads the index on use`, async ({ page }) => {
    const pagefind: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/pagefind/')) pagefind.push(request.url());
    });
    await page.goto(url);
    // The page works before its JavaScript arrives (the form then leads to all pages); wait for it.
    await expect(page.locator('[data-enhance="search"][data-enhanced]')).toBeAttached();
    expect(pagefind).toEqual([]);
    const box = page.getByRole('searchbox', { name: locale === 'nl' ? 'Waar zoek je naar?' : 'What are you looking for?' });
    await box.fill(query);
    await page.getByRole('button', { name: locale === 'nl' ? 'Zoeken' : 'Search', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: query })).toContainText(`“${query}”`);
    const results = page.getByRole('list', { name: locale === 'nl' ? 'Zoekresultaten' : 'Search results' }).getByRole('link');
    await expect(results.first()).toBeVisible();
    const hrefs = await results.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs).toContain(expected);
    for (const href of hrefs) expect(href).toMatch(new RegExp(`^/${locale}/`));
    expect(pagefind.length).toBeGreaterThan(0);
  });
}

test('the search page is not among its own results, even for the words it suggests', async ({ page }) => {
  await page.goto('/nl/zoeken/?q=klusje');
  const results = page.getByRole('list', { name: 'Zoekresultaten' }).getByRole('link');
  await expect(results.first()).toBeVisible();
  const hrefs = await results.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  expect(hrefs).toContain('/nl/verhalen/een-snel-klusje/');
  expect(hrefs).not.toContain('/nl/zoeken/');
});

test('a word that is nowhere says so', async ({ page }) => {
  await page.goto('/nl/zoeken/');
  await expect(page.locator('[data-enhance="search"][data-enhanced]')).toBeAttached();
  await page.getByRole('searchbox', { name: 'Waar zoek je naar?' }).fill('qqqxyzzy');
  await page.getByRole('searchbox', { name: 'Waar zoek je naar?' }).press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'qqqxyzzy' })).toHaveText(
    'Niets gevonden voor “qqqxyzzy”. Probeer een ander woord.',
  );
});

test('a link with ?q= opens with its results', async ({ page }) => {
  await page.goto('/en/search/?q=waste');
  await expect(page.getByRole('searchbox', { name: 'What are you looking for?' })).toHaveValue('waste');
  await expect(
    page
      .getByRole('list', { name: 'Search results' })
      .getByRole('link', { name: /environment/i })
      .first(),
  ).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search form leads to the list of every page, without sending the query', async ({ page }) => {
    await page.goto('/nl/zoeken/');
    await page.getByRole('searchbox', { name: 'Waar zoek je naar?' }).fill('xtc');
    await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
    await expect(page).toHaveURL(/\/nl\/alle-paginas\/\??$/);
    await expect(page.getByRole('heading', { level: 1, name: "Alle pagina's" })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Gezondheid' }).last()).toBeVisible();
  });
});
