import { readFileSync, writeFileSync } from 'node:fs';
import { htmlFiles } from './files';
import type { BuildStep } from './index';

// JavaScript only where it is needed, and only after the page is there (issue 6). Every page is
// complete as HTML and links are plain <a>, so:
// - a page without a client component ships no JavaScript: React's runtime would download, parse
//   and hydrate only to change nothing. Its flight data says so: a client component of ours brings
//   its own chunk or name, Next.js's routing shell does not;
// - a page with a client component (the share control, the bill, the quiz, search) loads the
//   runtime after the load event. Until then it is the no-JavaScript page, which works; the
//   downloads no longer compete with the text, styles and fonts on a slow connection.
// On Lighthouse's mobile run (npm run bench) the largest paint moved from 3 to 5 s to about 2 s with
// the late runtime, and to about 1.6 s without it.
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

/** Next.js's chunk scripts moved from the head to one loader that runs after the load event. */
export function withLateRuntime(html: string): string {
  const sources: string[] = [];
  const moved = html
    .replace(/<link\b[^>]*\bas="script"[^>]*\bhref="\/_next\/[^"]*"[^>]*\/>/g, '')
    .replace(/<script src="(\/_next\/[^"]*)" async=""><\/script>/g, (_script, src: string) => {
      sources.push(src);
      return '';
    });
  if (!sources.length || !moved.includes('</body>')) throw new Error('no Next.js chunk scripts or no </body> found; update lib/build/runtime.ts');
  // In document order (async = false), like the tags they replace; a legacy browser still gets the
  // nomodule polyfills first, from their own tag.
  // After the load event, the next frame and then an idle moment: on a fast connection load can
  // come before the first paint, and the downloads should not start before the text is on screen.
  const load = `${JSON.stringify(sources)}.forEach(function(src){var s=document.createElement("script");s.src=src;s.async=false;document.body.appendChild(s)})`;
  const idle = `(window.requestIdleCallback||function(f){setTimeout(f,50)})(function(){${load}})`;
  const loader = `<script>addEventListener("load",function(){requestAnimationFrame(function(){setTimeout(function(){${idle}},0)})})</script>`;
  return moved.replace('</body>', `${loader}</body>`);
}


export const runtimeStep: BuildStep = {
  name: 'JavaScript only where needed',
  run(outDir) {
    let kept = 0;
    const files = htmlFiles(outDir);
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      const needed = needsRuntime(html);
      if (needed) kept += 1;
      writeFileSync(file, needed ? withLateRuntime(html) : withoutRuntime(html));
    }
    return `${files.length - kept} of ${files.length} pages without JavaScript; ${kept} with a client component load it after the page`;
  },
};
