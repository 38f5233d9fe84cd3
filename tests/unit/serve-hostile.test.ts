// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '@/lib/cli/serve';

// `npm start` against what a scanner or an attacker sends: every request goes over a raw socket,
// so nothing a client library would tidy up first (dot segments, bad bytes) is tidied.
const secret = 'SECRET-OUTSIDE-OUT';
let dir: string;
let server: Server;
let port: number;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'serve-hostile-'));
  const out = path.join(dir, 'out');
  for (const folder of ['nl/404', 'en/404', 'nl/pers', '%2e%2e']) mkdirSync(path.join(out, folder), { recursive: true });
  writeFileSync(path.join(dir, 'secret.txt'), secret);
  writeFileSync(path.join(out, 'index.html'), '<!DOCTYPE html><title>root</title>');
  writeFileSync(path.join(out, '404.html'), '<!DOCTYPE html><title>404 both</title>');
  writeFileSync(path.join(out, 'nl/index.html'), '<!DOCTYPE html><title>nl home</title>');
  writeFileSync(path.join(out, 'nl/pers/index.html'), '<!DOCTYPE html><title>pers</title>');
  writeFileSync(path.join(out, 'nl/404/index.html'), '<!DOCTYPE html><title>nl 404</title>');
  writeFileSync(path.join(out, 'en/404/index.html'), '<!DOCTYPE html><title>en 404</title>');
  writeFileSync(path.join(out, '_headers'), 'HEADERS-FILE');
  writeFileSync(path.join(out, '_redirects'), 'REDIRECTS-FILE');
  symlinkSync(path.join(dir, 'secret.txt'), path.join(out, 'link.txt'));
  symlinkSync(dir, path.join(out, 'up'));
  server = await serve(out, 0, '127.0.0.1', [{ from: '/nl/persberichten/', to: '/nl/pers/' }]);
  port = (server.address() as AddressInfo).port;
});

afterAll(() => {
  server?.close();
  rmSync(dir, { recursive: true, force: true });
});

/**
 * Sends raw bytes and returns the status (0 when the server closed without answering) and the body.
 * A request the server waits on for more (an incomplete one) is ended by the client after a second.
 */
function raw(data: string | Buffer): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const hangUp = setTimeout(() => socket.end(), 1000);
    socket.setTimeout(5000, () => reject(new Error(`no answer to ${JSON.stringify(String(data).slice(0, 80))}`)));
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(hangUp);
      const text = Buffer.concat(chunks).toString('latin1');
      resolve({ status: Number(/^HTTP\/1\.[01] (\d{3})/.exec(text)?.[1] ?? 0), text });
    });
    socket.write(data);
  });
}

const get = (target: string, method = 'GET') => raw(`${method} ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);

const badEncoding = [
  '/%',
  '/%E0%A4%A',
  '/%zz',
  '/%C0%AF',
  '/%ff%fe',
  '/nl/%',
  '/%%32%65',
  '/%u002e%u002e/',
  '/%00',
  '/nl/%00.html',
  '/%0d%0aSet-Cookie:%20a=b',
];
const traversal = [
  '/../secret.txt',
  '/../../etc/passwd',
  '/nl/../../secret.txt',
  '/./../secret.txt',
  '/%2e%2e/secret.txt',
  '/%2E%2E/%2E%2E/etc/passwd',
  '/%2e%2e%2fsecret.txt',
  '/..%2fsecret.txt',
  '/..%5csecret.txt',
  '/..\\secret.txt',
  '/.%2e/secret.txt',
  '/%2e./secret.txt',
  '/%c0%ae%c0%ae/secret.txt',
  '/%252e%252e/secret.txt',
  '/..;/secret.txt',
  '/nl/..%2f..%2fsecret.txt',
  '/%2e%2e%5c%2e%2e%5csecret.txt',
  '/....//secret.txt',
  '/..%00/secret.txt',
  '/%2f%2e%2e%2fsecret.txt',
  '/link.txt',
  '/up/secret.txt',
  '/up/out/../secret.txt',
  '/nl/%2e%2e/%2e%2e/secret.txt',
];
const otherHosts = [
  '//localhost:99999/',
  '//evil.example/',
  '///etc/passwd',
  'http://evil.example/',
  '//127.0.0.1/..',
  '/\\evil.example',
  '*',
  'evil.example',
];
const longUrls = [`/${'a'.repeat(9000)}`, `/nl/?q=${'x'.repeat(9000)}`, `/${'%2e%2e/'.repeat(1500)}secret.txt`, `/${'a'.repeat(20000)}`];
const methods = ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'PROPFIND', 'FOO', 'get', 'CONNECT'];
const brokenLines = [
  'GET\r\n\r\n',
  'GET /\r\n\r\n',
  'GET / HTTP/9.9\r\nHost: a\r\n\r\n',
  '\r\n\r\n',
  'GET / HTTP/1.1\r\nHost: a\r\nContent-Length: abc\r\n\r\n',
  'GET  /  HTTP/1.1\r\nHost: a\r\n\r\n',
  '\x00\x01\x02\x03\r\n\r\n',
  'GET / HTTP/1.1\r\nTransfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\n0\r\n\r\n',
  'GET / HTTP/1.1\r\nHost a\r\n\r\n',
  'GET /a b HTTP/1.1\r\nHost: a\r\n\r\n',
  'GET / HTTP/1.1\r\nHost: a\r\nX: \x00\r\n\r\n',
  `GET / HTTP/1.1\r\nHost: a\r\nX-Long: ${'h'.repeat(40000)}\r\n\r\n`,
  'GET / HTTP/1.1\nHost: a\n\n',
  'GET /nl/ HTTP/1.1\r\nHost: a\r\nHost: b\r\nConnection: close\r\n\r\n',
];

describe('npm start against hostile requests', () => {
  it('answers each with a 4xx (or closes the connection), crashes on none and leaks nothing from outside out/', async () => {
    const requests: { name: string; send: () => Promise<{ status: number; text: string }> }[] = [
      ...badEncoding.map((url) => ({ name: `bad encoding ${url}`, send: () => get(url) })),
      ...traversal.map((url) => ({ name: `traversal ${url}`, send: () => get(url) })),
      ...otherHosts.map((url) => ({ name: `other host ${url}`, send: () => get(url) })),
      ...longUrls.map((url) => ({ name: `long URL of ${url.length} characters`, send: () => get(url) })),
      ...methods.map((method) => ({
        name: `method ${method}`,
        send: () => get(method === 'CONNECT' ? 'evil.example:443' : '/nl/', method),
      })),
      ...brokenLines.map((line) => ({ name: `broken request ${JSON.stringify(line.slice(0, 40))}`, send: () => raw(line) })),
    ];
    expect(requests.length).toBeGreaterThanOrEqual(50);
    const wrong: string[] = [];
    for (const { name, send } of requests) {
      const { status, text } = await send();
      // RFC 9112 lets a server read a bare LF as a line end, and split the request line on any run
      // of spaces: those two requests are a plain GET of /.
      const lenient = /HTTP\/1\.1\\nHost|GET {2}\/ {2}HTTP/.test(name) && status === 200 && text.includes('<title>root</title>');
      const answered = status === 0 || (status >= 400 && status < 500) || lenient;
      if (!answered) wrong.push(`${name}: ${status}`);
      for (const leak of [secret, 'HEADERS-FILE', 'REDIRECTS-FILE', 'root:x:0:0'])
        if (text.includes(leak)) wrong.push(`${name} leaked ${leak}`);
      // After each one the server still serves a page.
      const after = await get('/nl/');
      if (after.status !== 200 || !after.text.includes('nl home')) wrong.push(`after ${name} the server answered ${after.status}`);
    }
    expect(wrong).toEqual([]);
    console.log(`serve-hostile: ${requests.length} hostile requests, each answered with a 4xx or a closed connection`);
  });

  it('gives 400 to a malformed URL, 405 with Allow to other methods, 414 to a URL over 8 kB', async () => {
    expect((await get('/%E0%A4%A')).status).toBe(400);
    expect((await get('//localhost:99999/')).status).toBe(400);
    expect((await get('/%2e%2e/secret.txt')).status).toBe(400);
    const post = await get('/nl/', 'POST');
    expect(post.status).toBe(405);
    expect(post.text).toMatch(/\r\nallow: GET, HEAD\r\n/i);
    expect((await get(`/${'a'.repeat(9000)}`)).status).toBe(414);
  });

  it('never serves the host files, and sends a symbolic link out of out/ to the 404 page', async () => {
    for (const url of ['/_headers', '/_redirects', '/link.txt']) {
      const { status, text } = await get(url);
      expect([status, text.includes('404 both')], url).toEqual([404, true]);
    }
  });

  it("answers old URLs with a 301 and unknown ones with their language's 404 page", async () => {
    const moved = await get('/nl/persberichten');
    expect(moved.status).toBe(301);
    expect(moved.text).toMatch(/\r\nlocation: \/nl\/pers\/\r\n/i);
    const missing = await get('/en/nothing/');
    expect([missing.status, missing.text.includes('en 404')]).toEqual([404, true]);
    expect((await get('/nl/pers?q=x')).text).toMatch(/\r\nlocation: \/nl\/pers\/\?q=x\r\n/i);
  });
});
