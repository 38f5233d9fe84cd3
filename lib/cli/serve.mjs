#!/usr/bin/env node
// A small static server over out/, the site as any static host would serve it.
// Unknown URLs get the 404 page of their language with status 404; files without an extension
// that Next writes for generated images are sent with their real content type. Text is sent
// gzipped, as every static host and CDN does: without it a slow phone gets five times the bytes,
// and `npm run bench` would measure a host no one uses.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const root = path.resolve(process.argv[2] ?? 'out');
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';

const types = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.xml': 'application/xml; charset=utf-8', '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.webp': 'image/webp', '.ico': 'image/x-icon',
  '.woff2': 'font/woff2', '.woff': 'font/woff', '.csv': 'text/csv; charset=utf-8', '.atom': 'application/atom+xml; charset=utf-8',
  '.zip': 'application/zip', '.pdf': 'application/pdf', '.pf_meta': 'application/octet-stream', '.pagefind': 'application/octet-stream',
  '.wasm': 'application/wasm', '.webmanifest': 'application/manifest+json',
};

function typeOf(file) {
  const ext = path.extname(file);
  if (types[ext]) return types[ext];
  // Next writes opengraph-image and twitter-image routes as files without an extension.
  if (/(opengraph|twitter)-image[^/]*$/.test(file)) return 'image/png';
  return 'application/octet-stream';
}

const compressible = /^(text\/|application\/(json|xml|atom\+xml|manifest\+json)|image\/svg\+xml)/;
const gzipped = new Map();

/** The file gzipped, kept in memory until it changes (out/ is rebuilt under a running server). */
function gzipOf(file) {
  const { mtimeMs, size } = statSync(file);
  const cached = gzipped.get(file);
  if (cached?.mtimeMs === mtimeMs && cached.size === size) return cached.data;
  const data = gzipSync(readFileSync(file), { level: 9 });
  gzipped.set(file, { mtimeMs, size, data });
  return data;
}

function resolveFile(urlPath) {
  const clean = path.normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  const file = path.join(root, clean);
  if (!file.startsWith(root)) return undefined;
  if (existsSync(file) && statSync(file).isFile()) return file;
  const index = path.join(file, 'index.html');
  if (existsSync(index)) return index;
  if (existsSync(`${file}.html`)) return `${file}.html`;
  return undefined;
}

function notFoundPage(urlPath) {
  const locale = /^\/(nl|en)(\/|$)/.exec(urlPath)?.[1];
  const localised = locale && path.join(root, locale, '404', 'index.html');
  if (localised && existsSync(localised)) return localised;
  return path.join(root, '404.html');
}

const server = createServer((req, res) => {
  const urlPath = new URL(req.url ?? '/', 'http://localhost').pathname;
  // Like most static hosts: /nl/gezondheid -> /nl/gezondheid/ when that folder exists.
  if (!urlPath.endsWith('/') && !path.extname(urlPath) && existsSync(path.join(root, urlPath, 'index.html'))) {
    res.writeHead(308, { Location: `${urlPath}/` }).end();
    return;
  }
  const file = resolveFile(urlPath);
  const status = file ? 200 : 404;
  const body = file ?? notFoundPage(urlPath);
  const type = typeOf(body);
  const headers = { 'Content-Type': type, 'X-Content-Type-Options': 'nosniff', Vary: 'Accept-Encoding' };
  if (compressible.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
    const data = gzipOf(body);
    res.writeHead(status, { ...headers, 'Content-Encoding': 'gzip', 'Content-Length': data.length });
    return req.method === 'HEAD' ? res.end() : res.end(data);
  }
  res.writeHead(status, headers);
  if (req.method === 'HEAD') return res.end();
  createReadStream(body).pipe(res);
});

server.listen(port, host, () => {
  console.log(`Serving ${path.relative(process.cwd(), root) || '.'} on http://localhost:${port}`);
});
