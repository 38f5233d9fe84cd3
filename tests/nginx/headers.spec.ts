import { readFileSync } from 'node:fs';
import { expect, test, type APIResponse } from '@playwright/test';
import { cacheControl, headerCsp, securityHeaders } from '../../lib/http/policy';
import { securityTxtDays } from '../../lib/http/security-txt';
import { builtHtml, builtPages } from '../e2e/built-pages';
import { httpPort, httpsPort } from './server';

const enhance = () => /src="(\/_enhance\/[^"]+\.js)"/.exec(builtHtml('/nl/'))![1];
const css = () => /href="(\/_next\/static\/[^"]+\.css)"/.exec(builtHtml('/nl/'))![1];

function expectSecurityHeaders(response: APIResponse, url: string) {
  const headers = response.headers();
  for (const [name, value] of Object.entries(securityHeaders))
    expect(headers[name.toLowerCase()], `${name} on ${url} (${response.status()})`).toBe(value);
}

test('every security header and the right cache rule on pages, assets, 404s, redirects and refusals', async ({ request }) => {
  const cases: { url: string; status: number; cache: string; method?: string }[] = [
    { url: '/', status: 200, cache: cacheControl.page },
    { url: '/nl/', status: 200, cache: cacheControl.page },
    { url: '/en/health/', status: 200, cache: cacheControl.page },
    { url: css(), status: 200, cache: cacheControl.immutable },
    { url: enhance(), status: 200, cache: cacheControl.immutable },
    { url: '/pagefind/pagefind.js', status: 200, cache: cacheControl.short },
    { url: '/pagefind/pagefind-entry.json', status: 200, cache: cacheControl.short },
    { url: '/nl/milieu/share.png', status: 200, cache: cacheControl.short },
    { url: '/.well-known/security.txt', status: 200, cache: cacheControl.short },
    { url: '/nl/bestaat-niet/', status: 404, cache: cacheControl.page },
    { url: '/en/does-not-exist', status: 404, cache: cacheControl.page },
    { url: '/geen-taal/', status: 404, cache: cacheControl.page },
    { url: '/_next/static/bestaat-niet.js', status: 404, cache: cacheControl.page },
    { url: '/nl/persberichten/', status: 301, cache: cacheControl.short },
    { url: '/nl/gezondheid', status: 301, cache: cacheControl.short },
    { url: '/nl/', status: 405, cache: cacheControl.page, method: 'POST' },
  ];
  for (const { url, status, cache, method } of cases) {
    const response = await request.fetch(url, { method: method ?? 'GET', maxRedirects: 0, failOnStatusCode: false });
    expect(response.status(), url).toBe(status);
    expectSecurityHeaders(response, url);
    expect(response.headers()['cache-control'], `Cache-Control on ${url}`).toBe(cache);
    if (status === 405) expect(response.headers().allow).toBe('GET, HEAD');
  }
});

test("the partner kit's posters and zips go out as PDF and zip, with the short cache rule and not gzipped again", async ({ request }) => {
  const page = builtHtml('/nl/materiaal/');
  const pdf = /href="(\/nl\/materiaal\/[^"]+\.pdf)"/.exec(page)![1];
  const zip = /href="(\/nl\/materiaal\/[^"]+\.zip)"/.exec(page)![1];
  for (const [url, type] of [
    [pdf, 'application/pdf'],
    [zip, 'application/zip'],
  ]) {
    const response = await request.get(url, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(response.status(), url).toBe(200);
    expect(response.headers()['content-type'], url).toBe(type);
    expect(response.headers()['cache-control'], url).toBe(cacheControl.short);
    expect(response.headers()['content-encoding'], url).toBeUndefined();
    expectSecurityHeaders(response, url);
  }
});

test('each language gets its own 404 page, the rest the bilingual one', async ({ request }) => {
  expect(await (await request.get('/nl/bestaat-niet/')).text()).toContain('Deze pagina bestaat niet');
  const english = await (await request.get('/en/does-not-exist/')).text();
  expect(english).toContain('This page does not exist');
  expect(english).not.toContain('Deze pagina bestaat niet');
  const both = await (await request.get('/geen-taal')).text();
  expect(both).toContain('Deze pagina bestaat niet');
  expect(both).toContain('This page does not exist');
});

test('the host files /_headers and /_redirects answer 404', async ({ request }) => {
  for (const url of ['/_headers', '/_redirects']) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(404);
    expect(await response.text()).not.toContain('Strict-Transport-Security');
    expectSecurityHeaders(response, url);
  }
});

test('plain HTTP answers with a 301 to the same URL over HTTPS', async ({ request }) => {
  const response = await request.get(`http://127.0.0.1:${httpPort}/nl/feiten/?q=x`, { maxRedirects: 0 });
  expect(response.status()).toBe(301);
  expect(response.headers().location).toBe(`https://127.0.0.1:${httpsPort}/nl/feiten/?q=x`);
});

test('the header policy needs no hashes: every inline script of every page is data (JSON-LD)', () => {
  // A browser enforces the header and the meta policy both; the header one allows no inline script.
  expect(headerCsp).toContain("frame-ancestors 'none'");
  const inline: string[] = [];
  for (const url of [...builtPages(), '/404.html']) {
    for (const [tag] of builtHtml(url).matchAll(/<script(?![^>]*\bsrc=)[^>]*>/g)) {
      if (!/type="application\/ld\+json"/.test(tag)) inline.push(`${url}: ${tag}`);
    }
  }
  expect(inline).toEqual([]);
});

test('/.well-known/security.txt follows RFC 9116', async ({ request }) => {
  const response = await request.get('/.well-known/security.txt');
  expect(response.headers()['content-type']).toBe('text/plain; charset=utf-8');
  const text = await response.text();
  expect(text).toBe(readFileSync('out/.well-known/security.txt', 'utf8'));
  const fields = text
    .trim()
    .split('\n')
    .map((line) => line.split(': '));
  const values = (name: string) => fields.filter(([field]) => field === name).map(([, value]) => value);
  expect(values('Contact').length).toBeGreaterThan(0);
  for (const contact of values('Contact')) expect(contact).toMatch(/^(https:\/\/|mailto:)/);
  expect(values('Expires')).toHaveLength(1);
  const expires = Date.parse(values('Expires')[0]);
  expect(expires).toBeGreaterThan(Date.now());
  expect(expires - Date.now()).toBeLessThan(Math.min(365, securityTxtDays + 1) * 24 * 60 * 60 * 1000);
  expect(values('Preferred-Languages')).toEqual(['nl, en']);
  expect(values('Canonical')).toEqual([expect.stringMatching(/^https:\/\/[^/]+\/\.well-known\/security\.txt$/)]);
});
