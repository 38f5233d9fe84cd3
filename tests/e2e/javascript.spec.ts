import { expect, test } from '@playwright/test';
import { pageTypes } from '../page-types';

// JavaScript only where it is needed, and only after the page is there (lib/build/runtime.ts).
const withWidget = new Set(['home', 'quiz', 'search']);

test('a page without an interactive part loads no JavaScript at all', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(`${page.url()} -> ${request.url()}`);
  });
  for (const { type, nl, en } of pageTypes.filter(({ type }) => !withWidget.has(type))) {
    for (const url of [nl, en]) {
      await page.goto(url, { waitUntil: 'networkidle' });
      await expect(page.getByRole('heading', { level: 1 }).first(), `${type} ${url}`).toBeVisible();
    }
  }
  expect(scripts).toEqual([]);
});

test('a page with a widget loads its JavaScript after the load event', async ({ page }) => {
  for (const { nl } of pageTypes.filter(({ type }) => withWidget.has(type))) {
    const events: string[] = [];
    const onLoad = () => events.push('load');
    const onRequest = (request: { resourceType: () => string }) => {
      if (request.resourceType() === 'script') events.push('script');
    };
    page.on('load', onLoad);
    page.on('request', onRequest);
    await page.goto(nl, { waitUntil: 'networkidle' });
    page.off('load', onLoad);
    page.off('request', onRequest);
    expect(events[0], nl).toBe('load');
    expect(events, nl).toContain('script');
  }
});
