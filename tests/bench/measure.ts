import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';

export type Weight = { html: number; css: number; js: number; fonts: number; other: number; requests: number; jsFiles: number };

const kinds: Record<string, keyof Omit<Weight, 'requests' | 'jsFiles'>> = {
  document: 'html',
  stylesheet: 'css',
  script: 'js',
  font: 'fonts',
};

/**
 * Loads one page in Chromium with an empty cache, as a first visit from a shared link does, and adds
 * up every response it needed: each body gzipped here (the local server does not compress), as a
 * static host or CDN would send it. Scripts a modern browser skips (nomodule) are never requested.
 */
export async function pageWeight(browser: Browser, url: string, javaScriptEnabled = true): Promise<Weight> {
  const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 412, height: 823 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const pending: Promise<void>[] = [];
  const weight: Weight = { html: 0, css: 0, js: 0, fonts: 0, other: 0, requests: 0, jsFiles: 0 };
  page.on('response', (response) => {
    if (response.url().startsWith('data:')) return;
    const kind = kinds[response.request().resourceType()] ?? 'other';
    weight.requests += 1;
    if (kind === 'js') weight.jsFiles += 1;
    pending.push(
      response.body().then(
        (body) => {
          weight[kind] += gzipSync(body).length;
        },
        () => undefined, // a redirect has no body
      ),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await Promise.all(pending);
  await context.close();
  return weight;
}
