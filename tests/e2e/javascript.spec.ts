import { expect, test } from '@playwright/test';
import { pageTypes } from '../page-types';

// JavaScript only where it is needed, and only after the page is there (lib/build/runtime.ts).
// The 404 page has no client component; every other page type has at least the share control.
test('a page without a client component loads no JavaScript at all', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(`${page.url()} -> ${request.url()}`);
  });
  for (const url of ['/nl/bestaat-niet/', '/en/does-not-exist/', '/404.html']) {
    await page.goto(url, { waitUntil: 'networkidle' });
    await expect(page.getByRole('heading', { level: 1 }).first(), url).toBeVisible();
  }
  expect(scripts).toEqual([]);
});

test('a page with a client component loads its JavaScript after the load event', async ({ context }) => {
  test.setTimeout(120_000);
  for (const { type, nl } of pageTypes.filter(({ type }) => type !== '404')) {
    // A fresh tab per page: the previous page's late scripts must not count for this one.
    const page = await context.newPage();
    const events: string[] = [];
    const onLoad = () => events.push('load');
    const onRequest = (request: { resourceType: () => string }) => {
      if (request.resourceType() === 'script') events.push('script');
    };
    page.on('load', onLoad);
    page.on('request', onRequest);
    // The loader waits for the load event, a frame and an idle moment: on a busy machine that can
    // take longer than "network idle", so wait for the script request itself.
    const script = page.waitForRequest((request) => request.resourceType() === 'script', { timeout: 30_000 });
    await page.goto(nl, { waitUntil: 'load' });
    await script;
    await page.close();
    expect(events[0], `${type} ${nl}`).toBe('load');
    expect(events, `${type} ${nl}`).toContain('script');
  }
});
