import { expect, test } from '@playwright/test';
import { builtPages } from './built-pages';

// Nothing leaves the origin: no third-party request, no cookie, nothing written to storage.
test('no page contacts another origin, sets a cookie or uses storage', async ({ page, context, baseURL }) => {
  test.setTimeout(120_000);
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  const blocked: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) blocked.push(`${page.url()}: ${message.text()}`);
  });
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(`${page.url()} -> ${url}`);
  });
  for (const url of builtPages()) {
    await page.goto(url, { waitUntil: 'networkidle' });
    const storage = await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length, cookie: document.cookie }));
    expect(storage, url).toEqual({ local: 0, session: 0, cookie: '' });
  }
  expect(foreign).toEqual([]);
  // The pages' own policy allows all they need: nothing of the site itself is blocked.
  expect(blocked).toEqual([]);
  expect(await context.cookies()).toEqual([]);
});
