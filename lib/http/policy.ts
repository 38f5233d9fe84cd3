// The one definition of how the site is served over HTTP: headers, cache rules, redirects,
// per-language 404 pages and allowed methods. Every host configuration comes from here:
// out/_headers and out/_redirects (Netlify, Cloudflare Pages; lib/http/netlify.ts), the nginx
// include in deploy/nginx/ (lib/http/nginx.ts) and `npm start` (lib/cli/serve.ts).
// Imports stay relative and free of Next or content code: the local server loads this file too.
import { routing } from '../../i18n/routing';

export const locales: readonly string[] = routing.locales;

/** The methods a static site answers; anything else gets 405 with `Allow`. */
export const allowedMethods = ['GET', 'HEAD'] as const;

/** Files in out/ that tell a host what to do; they are never served themselves. */
export const hostFiles = ['/_headers', '/_redirects'] as const;

/**
 * The Content-Security-Policy every page carries in a <meta> tag (lib/build/csp.ts adds each page's
 * inline-script hashes to `script-src`). 'wasm-unsafe-eval' lets the search index (WebAssembly) run.
 */
export function cspDirectives(scriptHashes: string[] = []): string[] {
  return [
    "default-src 'self'",
    ["script-src 'self' 'wasm-unsafe-eval'", ...scriptHashes].join(' '),
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ];
}

/**
 * The header policy: the meta policy without hashes, plus what only a header can carry. It is the
 * same for every response, so a static host can send it: a browser enforces both the header and the
 * page's meta policy, so a page's inline scripts must pass both. No page has an inline script that
 * runs (JSON-LD is data, which CSP does not block), and the nginx tests check that in Chromium.
 * It also covers pagefind's Web Worker, which a meta policy cannot.
 */
export const headerCsp = [...cspDirectives(), "frame-ancestors 'none'"].join('; ');

/**
 * Browser features the site never uses are switched off. The share control needs the share sheet
 * (web-share) and the copy button (clipboard-write), on this origin only.
 */
export const permissionsPolicy = [
  'accelerometer=()',
  'autoplay=()',
  'camera=()',
  'display-capture=()',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'usb=()',
  'browsing-topics=()',
  'clipboard-write=(self)',
  'web-share=(self)',
].join(', ');

/** Sent on every response, 404s and redirects included. */
export const securityHeaders: Readonly<Record<string, string>> = {
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'Content-Security-Policy': headerCsp,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  // Nobody learns from a Referer header that a visitor came from a drug-awareness site.
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': permissionsPolicy,
};

export const cacheControl = {
  /** Next's hashed assets: the name changes when the content does. */
  immutable: 'public, max-age=31536000, immutable',
  /** Pages: always ask the host whether there is a newer one (a 304 when not). */
  page: 'no-cache',
  /** Files whose name stays the same when they change (pagefind's entry files, images, feeds). */
  short: 'public, max-age=3600',
} as const;

export type CacheKind = keyof typeof cacheControl;

/** Path prefixes with their own cache rule; the first that matches wins. */
export const cachePrefixes: readonly { prefix: string; kind: CacheKind }[] = [
  { prefix: '/_next/static/', kind: 'immutable' },
  // lib/build/enhance.ts names the script by its content's hash.
  { prefix: '/_enhance/', kind: 'immutable' },
  // pagefind.js, pagefind-entry.json and the wasm files keep their names across builds.
  { prefix: '/pagefind/', kind: 'short' },
];

/** The cache rule for a URL path (a path ending in / is a page). */
export function cacheKind(urlPath: string): CacheKind {
  const match = cachePrefixes.find(({ prefix }) => urlPath.startsWith(prefix));
  if (match) return match.kind;
  return urlPath.endsWith('/') || urlPath.endsWith('.html') ? 'page' : 'short';
}

/** Every header of a response for this path: security headers and the cache rule. */
export function headersFor(urlPath: string): Record<string, string> {
  return { ...securityHeaders, 'Cache-Control': cacheControl[cacheKind(urlPath)] };
}

/** The 404 page for a URL path: the language's own, or the bilingual one outside the languages. */
export function notFoundPage(urlPath: string): string {
  const locale = locales.find((candidate) => urlPath === `/${candidate}` || urlPath.startsWith(`/${candidate}/`));
  return locale ? `/${locale}/404/index.html` : '/404.html';
}

export type Redirect = { from: string; to: string };
export type RedirectRule = { from: string; to: string; status: 301 };

/** content/redirects.yaml as 301 rules; a folder URL also matches without its trailing slash. */
export function redirectRules(redirects: readonly Redirect[]): RedirectRule[] {
  return redirects.flatMap(({ from, to }) => {
    const froms = from.endsWith('/') && from.length > 1 ? [from.slice(0, -1), from] : [from];
    return froms.map((path) => ({ from: path, to, status: 301 as const }));
  });
}

/**
 * Content types a server's own table gets wrong: Next writes share images without an extension, and
 * security.txt must say its charset (RFC 9116). nginx's `charset utf-8` does the latter there.
 */
export function contentTypeOverride(urlPath: string): string | undefined {
  if (/\/(opengraph|twitter)-image[^/.]*$/.test(urlPath)) return 'image/png';
  if (urlPath.endsWith('.txt')) return 'text/plain; charset=utf-8';
  return undefined;
}
