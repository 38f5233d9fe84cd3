import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { publicUrls } from '../../lib/public-urls';
import { builtHtml } from './built-pages';
import { redirects, siteUrl } from './site-data';

// "Cool URIs don't change": tests/urls.txt lists every public URL the site ever had.
const listed = readFileSync(path.resolve('tests/urls.txt'), 'utf8')
  .split('\n')
  .filter((line) => line.startsWith('/'));

test('every URL in tests/urls.txt still works (as a page, a file or a redirect)', async ({ request }) => {
  const built = new Set(publicUrls(path.resolve('out')));
  const gone = listed.filter((url) => !built.has(url));
  expect(gone, 'These URLs disappeared: add each old URL to content/redirects.yaml (from: old, to: new)').toEqual([]);
  for (const url of listed.filter((item) => item.endsWith('/')).slice(0, 200)) expect((await request.get(url)).status(), url).toBe(200);
});

test('tests/urls.txt lists every public URL of the built site', () => {
  const missing = publicUrls(path.resolve('out')).filter((url) => !listed.includes(url));
  expect(missing, 'New URLs: run `npm run urls:add` and commit tests/urls.txt').toEqual([]);
});

for (const { from, to } of redirects()) {
  test(`the old URL ${from} sends visitors to ${to}`, async ({ page, request }) => {
    // A host with redirect rules answers with a 301, with and without the trailing slash.
    for (const url of [from, from.replace(/\/$/, '')]) {
      const moved = await request.get(url, { maxRedirects: 0 });
      expect([moved.status(), moved.headers().location], url).toEqual([301, to]);
    }
    // Every other host serves the redirect page the build left at the old URL.
    const html = builtHtml(from);
    expect(html).toContain(`<meta http-equiv="refresh" content="0; url=${to}" />`);
    expect(html).toContain(`<link rel="canonical" href="${siteUrl}${to}" />`);
    expect(html).toContain('<meta name="robots" content="noindex" />');
    await page.goto(from);
    await expect(page).toHaveURL(new RegExp(`${to}$`));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a redirect page (for hosts without redirect rules) still sends visitors on, and offers a plain link', async ({ page, request }) => {
    const { from, to } = redirects()[0];
    // Its file, as a host without rules serves it at the old URL.
    const html = await (await request.get(`${from}index.html`)).text();
    expect(html).toContain(`<a href="${to}">`);
    await page.goto(`${from}index.html`);
    await expect(page).toHaveURL(new RegExp(`${to}$`));
  });
});

test('_redirects sends every old URL on before the 404 rules', () => {
  const lines = readFileSync(path.resolve('out/_redirects'), 'utf8').trim().split('\n');
  const firstNotFound = lines.findIndex((line) => line.endsWith(' 404'));
  for (const { from, to } of redirects()) {
    const index = lines.indexOf(`${from}  ${to}  301`);
    expect(index, from).toBeGreaterThanOrEqual(0);
    expect(index, `${from} comes before the 404 rules`).toBeLessThan(firstNotFound);
  }
});
