// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readRedirects } from '@/lib/content/registries';
import { headersFile, redirectsFile } from '@/lib/http/netlify';
import { nginxFile, nginxInclude } from '@/lib/http/nginx';
import {
  cacheControl,
  cacheKind,
  headerCsp,
  headersFor,
  notFoundPage,
  permissionsPolicy,
  redirectRules,
  securityHeaders,
} from '@/lib/http/policy';
import { securityTxt } from '@/lib/http/security-txt';

describe('the HTTP definition (lib/http/policy.ts)', () => {
  it('keeps the committed nginx include in step with the definition and content/redirects.yaml', () => {
    expect(readFileSync(nginxFile, 'utf8'), `${nginxFile} is stale: run npm run nginx:config and commit it`).toBe(
      nginxInclude(readRedirects()),
    );
  });

  it('sends HSTS for two years with subdomains, and a header CSP that forbids framing', () => {
    expect(securityHeaders['Strict-Transport-Security']).toBe('max-age=63072000; includeSubDomains');
    expect(headerCsp).toMatch(/^default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; /);
    expect(headerCsp).toContain("frame-ancestors 'none'");
    expect(headerCsp).not.toContain('unsafe-inline');
  });

  it('lets the share control use the share sheet and the clipboard, and nothing else', () => {
    expect(permissionsPolicy).toContain('web-share=(self)');
    expect(permissionsPolicy).toContain('clipboard-write=(self)');
    expect(permissionsPolicy).toContain('camera=()');
  });

  it('caches hashed assets for good, pages never without asking, and pagefind entry files briefly', () => {
    expect(cacheKind('/_next/static/chunks/a1b2.css')).toBe('immutable');
    expect(cacheKind('/_enhance/site-e64a7734bf7b.js')).toBe('immutable');
    expect(cacheKind('/pagefind/pagefind.js')).toBe('short');
    expect(cacheKind('/pagefind/pagefind-entry.json')).toBe('short');
    expect(cacheKind('/nl/')).toBe('page');
    expect(cacheKind('/404.html')).toBe('page');
    expect(cacheKind('/nl/milieu/share.png')).toBe('short');
    expect(headersFor('/nl/')['Cache-Control']).toBe('no-cache');
  });

  it('finds each language its own 404 page', () => {
    expect(notFoundPage('/nl/weg/')).toBe('/nl/404/index.html');
    expect(notFoundPage('/en')).toBe('/en/404/index.html');
    expect(notFoundPage('/english/')).toBe('/404.html');
  });

  it('writes _redirects with every old URL (with and without slash) as a 301 before the 404 rules', () => {
    const file = redirectsFile([{ from: '/nl/oud/', to: '/nl/nieuw/' }]);
    expect(file).toBe('/nl/oud  /nl/nieuw/  301\n/nl/oud/  /nl/nieuw/  301\n/nl/*  /nl/404/  404\n/en/*  /en/404/  404\n');
    expect(redirectRules([{ from: '/x.csv', to: '/y.csv' }])).toEqual([{ from: '/x.csv', to: '/y.csv', status: 301 }]);
  });

  it('writes _headers with each header set by one rule only (the hosts join repeated ones)', () => {
    const file = headersFile();
    for (const name of [...Object.keys(securityHeaders), 'Cache-Control']) {
      const count = file.split('\n').filter((line) => line.startsWith(`  ${name}: `)).length;
      expect(count, name).toBe(name === 'Cache-Control' ? 3 : 1);
    }
    expect(file).toContain(`/_next/static/*\n  Cache-Control: ${cacheControl.immutable}`);
  });
});

describe('security.txt', () => {
  it('has the RFC 9116 fields, with Expires under a year after the build', () => {
    const text = securityTxt('https://example.nl', new Date('2026-12-02T10:00:00Z'));
    expect(text).toContain('Contact: https://www.ncsc.nl/contact/kwetsbaarheid-melden\n');
    expect(text).toContain('Preferred-Languages: nl, en\n');
    expect(text).toContain('Canonical: https://example.nl/.well-known/security.txt\n');
    const expires = /^Expires: (.+)$/m.exec(text)![1];
    expect(expires).toMatch(/^\d{4}-\d\d-\d\dT00:00:00Z$/);
    const days = (Date.parse(expires) - Date.parse('2026-12-02T10:00:00Z')) / 86_400_000;
    expect(days).toBeGreaterThan(150);
    expect(days).toBeLessThan(365);
  });
});
