// `npm start`: serves out/ the way the hosts do, from the one definition in lib/http/policy.ts:
// the same headers and cache rules, 301s for old URLs, each language's 404 page, GET and HEAD only.
// Files are sent by sirv (ranges, ETags, 304s) and text is gzipped by compression, as every static
// host does: without it a slow phone gets five times the bytes, and `npm run bench` would measure a
// host no one uses. A request that is not a clean path inside out/ gets 400 before it reaches a file.
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import path from 'node:path';
import compression from 'compression';
import sirv from 'sirv';
import { readRedirects } from '../content/registries';
import { allowedMethods, contentTypeOverride, headersFor, hostFiles, notFoundPage, redirectRules, type Redirect } from '../http/policy';

export const maxUrlLength = 8192;

type Problem = { status: 400 | 405 | 414; reason: string };

/** The URL's path, decoded and checked, or why the request cannot be answered with a file. */
export function checkRequest(method: string | undefined, url: string | undefined): { path: string } | Problem {
  if (!method || !(allowedMethods as readonly string[]).includes(method)) return { status: 405, reason: 'Method Not Allowed' };
  if (!url) return { status: 400, reason: 'Bad Request' };
  if (url.length > maxUrlLength) return { status: 414, reason: 'URI Too Long' };
  const raw = url.split(/[?#]/)[0];
  // Only origin-form paths: no `//host`, no absolute URL, no `*`.
  if (!raw.startsWith('/') || raw.startsWith('//')) return { status: 400, reason: 'Bad Request' };
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return { status: 400, reason: 'Bad Request' };
  }
  // Nothing a file name of the site contains: NUL and other controls, backslashes, dot segments.
  if (
    /[\u0000-\u001f\u007f\\]/.test(decoded) ||
    decoded.split('/').some((part) => part === '..' || part === '.') ||
    decoded.includes('//')
  ) {
    return { status: 400, reason: 'Bad Request' };
  }
  return { path: decoded };
}

/** A request handler over a built folder; redirects are the 301s of content/redirects.yaml. */
export function siteHandler(root: string, redirects: readonly Redirect[]) {
  const base = realpathSync(root);
  const moved = new Map(redirectRules(redirects).map((rule) => [rule.from, rule]));
  // compression is Express middleware, and works on Node's plain request and response.
  const gzip = compression({ threshold: 0 }) as unknown as (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
  // dev: look files up on each request (out/ may be rebuilt under a running server); the cache
  // headers are ours, set below.
  const files = sirv(base, { dev: true, etag: true, dotfiles: true, extensions: [] });

  const plain = (res: ServerResponse, status: number, reason: string, extra: Record<string, string> = {}) => {
    res.writeHead(status, { ...headersFor('/'), 'Content-Type': 'text/plain; charset=utf-8', ...extra });
    res.end(`${status} ${reason}\n`);
  };

  /** A file inside out/, by its real path: a symbolic link out of the folder counts as missing. */
  const fileAt = (sitePath: string): string | undefined => {
    const full = path.join(base, sitePath);
    if (!existsSync(full)) return undefined;
    const real = realpathSync(full);
    if (real !== base && !real.startsWith(`${base}${path.sep}`)) return undefined;
    return real;
  };

  const notFound = (req: IncomingMessage, res: ServerResponse, sitePath: string) => {
    const page = notFoundPage(sitePath);
    const file = fileAt(page);
    res.writeHead(404, { ...headersFor(page), 'Content-Type': 'text/html; charset=utf-8' });
    res.end(req.method === 'HEAD' || !file ? undefined : readFileSync(file));
  };

  return (req: IncomingMessage, res: ServerResponse) => {
    // RFC 9112: a request with more than one Host header gets 400; so does HTTP/0.9 (`GET /` alone),
    // which Node's parser accepts.
    const hosts = req.rawHeaders.filter((name, index) => index % 2 === 0 && name.toLowerCase() === 'host').length;
    const checked =
      hosts > 1 || req.httpVersionMajor !== 1 ? ({ status: 400, reason: 'Bad Request' } as const) : checkRequest(req.method, req.url);
    if ('status' in checked) {
      plain(res, checked.status, checked.reason, checked.status === 405 ? { Allow: allowedMethods.join(', ') } : {});
      return;
    }
    const sitePath = checked.path;
    const rule = moved.get(sitePath);
    if (rule) {
      res.writeHead(rule.status, { ...headersFor(sitePath), Location: rule.to }).end();
      return;
    }
    if ((hostFiles as readonly string[]).includes(sitePath)) return gzip(req, res, () => notFound(req, res, sitePath));
    let file = fileAt(sitePath);
    let filePath = sitePath;
    if (file && statSync(file).isDirectory()) {
      if (!sitePath.endsWith('/') && existsSync(path.join(file, 'index.html'))) {
        // Like the hosts: /nl/gezondheid -> /nl/gezondheid/ with a 301.
        const query = /\?.*$/.exec(req.url ?? '')?.[0] ?? '';
        res.writeHead(301, { ...headersFor(sitePath), Location: `${encodeURI(sitePath)}/${query}` }).end();
        return;
      }
      filePath = `${sitePath.replace(/\/?$/, '/')}index.html`;
      file = fileAt(filePath);
    }
    if (!file || statSync(file).isDirectory()) return gzip(req, res, () => notFound(req, res, sitePath));
    // sirv sends exactly the file found here, and keeps the headers set before it.
    req.url = encodeURI(filePath);
    for (const [name, value] of Object.entries(headersFor(sitePath))) res.setHeader(name, value);
    const type = contentTypeOverride(sitePath);
    if (type) res.setHeader('Content-Type', type);
    gzip(req, res, () => files(req, res, () => notFound(req, res, sitePath)));
  };
}

/** Starts the server; resolves once it listens. */
export function serve(root: string, port: number, host: string, redirects: readonly Redirect[]) {
  const server = createServer({ maxHeaderSize: 16384 }, siteHandler(root, redirects));
  // A request Node cannot parse (a broken request line, a header too long) gets 400; the server goes on.
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (socket.writable && !socket.destroyed) {
      const status = error.code === 'HPE_HEADER_OVERFLOW' ? '431 Request Header Fields Too Large' : '400 Bad Request';
      socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    } else socket.destroy();
  });
  return new Promise<typeof server>((resolve) => server.listen(port, host, () => resolve(server)));
}

const isMain = process.argv[1] && realpathSync(process.argv[1]) === realpathSync(new URL(import.meta.url).pathname);
if (isMain) {
  const root = path.resolve(process.argv[2] ?? 'out');
  const port = Number(process.env.PORT ?? 3000);
  const host = process.env.HOST ?? '127.0.0.1';
  if (!existsSync(root)) {
    console.error(`serve: ${root} does not exist. Run npm run build first.`);
    process.exit(1);
  }
  const redirects = readRedirects();
  await serve(root, port, host, redirects);
  console.log(`Serving ${path.relative(process.cwd(), root) || '.'} on http://localhost:${port}`);
}
