import { expect, test } from '@playwright/test';
import { pageTypes } from '../page-types';
import { builtHtml, builtPages } from './built-pages';

// No React runtime on any page (lib/build/runtime.ts): a page with a widget loads one small script
// of our own (lib/build/enhance.ts), a page without one loads none.
const ENHANCE = /^\/_enhance\/site-[0-9a-f]{12}\.js$/;

test('no built page references a Next.js script or its flight data', () => {
  for (const page of builtPages()) {
    const html = builtHtml(page);
    expect(html, page).not.toMatch(/<script\b[^>]*\bsrc="\/_next\/|as="script"|__next_f/);
  }
});

test('a page type with a widget loads only the enhancement script; the 404 loads none', async ({ page }) => {
  test.setTimeout(120_000);
  for (const { type, nl, en } of pageTypes) {
    for (const url of [nl, en]) {
      const scripts: string[] = [];
      const onRequest = (request: { resourceType: () => string; url: () => string }) => {
        if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
      };
      page.on('request', onRequest);
      await page.goto(url, { waitUntil: 'networkidle' });
      page.off('request', onRequest);
      if (type === '404') expect(scripts, url).toEqual([]);
      else {
        expect(scripts.length, `${type} ${url}: ${scripts.join(', ')}`).toBe(1);
        expect(scripts[0], url).toMatch(ENHANCE);
      }
    }
  }
});
