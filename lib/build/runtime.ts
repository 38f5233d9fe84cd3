import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { htmlFiles } from './files';
import type { BuildStep } from './index';

// No page ships React's client runtime (issue 6). Every page is complete as HTML, links are plain
// <a>, and the few interactive widgets are enhanced by one small script of our own (lib/enhance,
// added by lib/build/enhance.ts). React would download, parse and hydrate about 140 kB to change a
// few attributes: on Lighthouse's slow phone that was 200 to 1,500 ms of blocked main thread.
// So the step strips Next.js's scripts from every page, and refuses a page that renders a client
// component of its own, which would silently stop working.
const NEXT_INTERNAL_EXPORTS = new Set(['default', 'OutletBoundary', 'ViewportBoundary', 'MetadataBoundary', 'IconMark']);

const PUSH = /<script>self\.__next_f\.push\((\[[\s\S]*?\])\)<\/script>/g;
// A client reference row in the flight data: 3:I[39756,["$2"],"default"]
const CLIENT_REFERENCE = /^[0-9a-f]+:I\[\d+,\[([^\]]*)\],"([^"]*)"/gm;

function flightData(html: string): string {
  let data = '';
  for (const [, args] of html.matchAll(PUSH)) {
    const parsed = JSON.parse(args) as unknown[];
    if (typeof parsed[1] === 'string') data += parsed[1];
  }
  return data;
}

/** True when the page renders a client component of its own (not just Next.js's routing shell). */
export function needsRuntime(html: string): boolean {
  const data = flightData(html);
  // Flight data we cannot read: keep the runtime rather than guess.
  if (!data) return /\/_next\/static\/chunks\/[^"]+\.js/.test(html);
  for (const [, chunks, name] of data.matchAll(CLIENT_REFERENCE)) {
    const ownChunk = chunks.split(',').length > 1;
    if (ownChunk || !(NEXT_INTERNAL_EXPORTS.has(name) || name.startsWith('$'))) return true;
  }
  return false;
}

/** The HTML without Next.js's scripts: its chunks, their preloads and the inline flight data. */
export function withoutRuntime(html: string): string {
  const stripped = html
    .replace(/<script\b[^>]*\bsrc="\/_next\/[^"]*"[^>]*><\/script>/g, '')
    .replace(/<link\b[^>]*\bas="script"[^>]*\bhref="\/_next\/[^"]*"[^>]*\/>/g, '')
    .replace(/<script\b(?![^>]*\btype="application\/ld\+json")[^>]*>[\s\S]*?<\/script>/g, (script) => (/__next_f|TURBOPACK/.test(script) ? '' : script));
  if (/\/_next\/static\/chunks\/[^"]*\.js/.test(stripped) || stripped.includes('__next_f')) {
    throw new Error('a Next.js script was left behind; the page markup has changed, update lib/build/runtime.ts');
  }
  return stripped;
}

export const runtimeStep: BuildStep = {
  name: 'no framework runtime',
  run(outDir) {
    const pages = htmlFiles(outDir).map((file) => ({ file, html: readFileSync(file, 'utf8') }));
    const withClient = pages.filter(({ html }) => needsRuntime(html)).map(({ file }) => path.relative(outDir, file));
    if (withClient.length) {
      throw new Error(`${withClient.join(', ')}: a 'use client' component is rendered, but the site ships no React runtime. Make it a server component and put its behaviour in lib/enhance (see lib/enhance/index.ts).`);
    }
    for (const { file, html } of pages) writeFileSync(file, withoutRuntime(html));
    return `${pages.length} pages without Next.js's scripts`;
  },
};
