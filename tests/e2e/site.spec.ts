import { expect, test } from '@playwright/test';
import { builtHtml, contentPages } from './built-pages';

test.describe('language entry', () => {
  test('/ lands on the Dutch home page with JavaScript', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/nl\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('/ still lands on the Dutch home page and links to both languages', async ({ page, request }) => {
      const html = await (await request.get('/')).text();
      expect(html).toContain('<a href="/nl/"');
      expect(html).toContain('<a href="/en/"');
      await page.goto('/');
      await expect(page).toHaveURL(/\/nl\/$/);
      await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeVisible();
    });
  });
});

test('every page has its language, its own title and a meta description', () => {
  const titles = new Map<string, string>();
  for (const url of contentPages()) {
    const html = builtHtml(url);
    const locale = url.split('/')[1];
    expect(html, url).toContain(`<html lang="${locale}"`);
    const title = /<title>([^<]+)<\/title>/.exec(html)?.[1];
    expect(title, `${url} has a <title>`).toBeTruthy();
    expect(titles.get(title!), `${url} shares its title with ${titles.get(title!)}`).toBeUndefined();
    titles.set(title!, url);
    expect(html, `${url} has a meta description`).toMatch(/<meta name="description" content="[^"]{20,}"/);
  }
  expect(titles.size).toBeGreaterThan(4);
});

test('the language switcher goes to the twin page, not the other home page', async ({ page }) => {
  await page.goto('/nl/gezondheid/');
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/health\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('link', { name: 'Nederlands' }).click();
  await expect(page).toHaveURL(/\/nl\/gezondheid\/$/);
});

test('every page links to its twin through the switcher', async ({ request }) => {
  for (const url of contentPages()) {
    const html = builtHtml(url);
    const other = url.startsWith('/nl/') ? 'en' : 'nl';
    const href = new RegExp(`<a href="(/${other}/[^"]*)" hrefLang="${other}"`).exec(html)?.[1];
    expect(href, `${url} has a language switcher`).toBeTruthy();
    const twin = await request.get(href!);
    expect(twin.status(), `${url} -> ${href}`).toBe(200);
    // The twin links back: the pair is symmetric.
    expect(builtHtml(href!), `${href} links back to ${url}`).toContain(`<a href="${url}" hrefLang="${url.split('/')[1]}"`);
  }
});

for (const [prefix, heading, home] of [
  ['/nl/', 'Deze pagina bestaat niet', 'Naar de startpagina'],
  ['/en/', 'This page does not exist', 'Go to the home page'],
] as const) {
  test(`an unknown URL under ${prefix} shows a 404 in that language with a way back`, async ({ page }) => {
    const response = await page.goto(`${prefix}bestaat-niet/echt-niet/`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await page.getByRole('main').getByRole('link', { name: home, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${prefix}$`));
  });
}

test('an unknown URL outside the languages shows the bilingual 404', async ({ page }) => {
  const response = await page.goto('/geen-taal');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Deze pagina bestaat niet' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'This page does not exist' })).toBeVisible();
});

test('the local server sends text gzipped, as a static host does, and fonts and images as they are', async ({ request }) => {
  const headers = { 'Accept-Encoding': 'gzip' };
  const page = await request.get('/nl/', { headers });
  expect(page.headers()['content-encoding']).toBe('gzip');
  expect(await page.text()).toContain('<html lang="nl"');
  const css = (await page.text()).match(/href="(\/_next\/static\/[^"]+\.css)"/)![1];
  expect((await request.get(css, { headers })).headers()['content-encoding']).toBe('gzip');
  const missing = await request.get('/nl/bestaat-niet/', { headers, failOnStatusCode: false });
  expect([missing.status(), missing.headers()['content-encoding']]).toEqual([404, 'gzip']);
  const font = (await page.text()).match(/href="(\/_next\/static\/media\/[^"]+\.woff2)"/)![1];
  expect((await request.get(font, { headers })).headers()['content-encoding']).toBeUndefined();
  expect((await request.get('/nl/', { headers: { 'Accept-Encoding': 'identity' } })).headers()['content-encoding']).toBeUndefined();
});

test('the skip link is the first stop for keyboard users and moves focus to the content', async ({ page }) => {
  await page.goto('/en/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a content page is complete: heading, navigation, sources and help', async ({ page }) => {
    await page.goto('/nl/milieu/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Hulp' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Bronnen' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'English' })).toHaveAttribute('href', '/en/environment/');
  });
});
