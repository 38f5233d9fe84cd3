import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runInNewContext } from 'node:vm';
import { htmlFiles } from './files';
import { applyEdits, attribute, elementsOf, rawText, remove, type Element } from './html';
import type { BuildStep } from './index';
import { filesUnder } from '@/lib/walk';

// No page ships React's client runtime (issue 6). Every page is complete as HTML, links are plain
// <a>, and the few interactive widgets are enhanced by one small script of our own (lib/enhance,
// added by lib/build/enhance.ts). React would download, parse and hydrate about 140 kB to change a
// few attributes: on Lighthouse's slow phone that was 200 to 1,500 ms of blocked main thread.
// So the step strips Next.js's scripts from every page, and refuses a page that renders a client
// component of our own, which would silently stop working. ESLint refuses 'use client' in the
// source already (eslint.config.mjs); this is the check on what Next actually rendered.
//
// Next's output is private, so every reading here fails loudly when its shape changes, rather than
// letting a page through; tests/unit/next-build.test.ts runs it over a real `next build`.

const MANIFEST = 'page_client-reference-manifest.js';
const FRAMEWORK = /^node_modules\/next\//;

/** Module id → source path of every client component Next knows, from its client reference manifests. */
export function clientModules(distDir: string): Map<string, string> {
  const appDir = path.join(distDir, 'server', 'app');
  const modules = new Map<string, string>();
  for (const rel of (existsSync(appDir) ? filesUnder(appDir) : []).filter((file) => path.basename(file) === MANIFEST)) {
    const scope: { __RSC_MANIFEST?: Record<string, { clientModules?: Record<string, { id: number | string }> }> } = {};
    runInNewContext(readFileSync(path.join(appDir, rel), 'utf8'), scope);
    for (const manifest of Object.values(scope.__RSC_MANIFEST ?? {})) {
      for (const [key, { id }] of Object.entries(manifest.clientModules ?? {}))
        modules.set(String(id), key.replace(/^\[project\]\//, '').replace(/ .*$/, ''));
    }
  }
  if (!modules.size)
    throw new Error(`no client modules in ${appDir}/**/${MANIFEST}; Next's build output has changed, update lib/build/runtime.ts`);
  return modules;
}

const isNextScript = (html: string, element: Element) => {
  if (element.tagName !== 'script') return false;
  if ((attribute(element, 'src') ?? '').startsWith('/_next/')) return true;
  return attribute(element, 'src') === undefined && /__next_f|TURBOPACK/.test(rawText(html, element));
};

/** The flight data (React's serialised tree) that Next inlines as self.__next_f.push([1, "…"]) calls. */
export function flightData(html: string): string {
  let data = '';
  for (const script of elementsOf(html).filter((element) => isNextScript(html, element) && !attribute(element, 'src'))) {
    const code = rawText(html, script).trim();
    const call = /^self\.__next_f\.push\((.*)\)$/s.exec(code);
    if (!call) continue;
    const args = JSON.parse(call[1]) as unknown[];
    if (typeof args[1] === 'string') data += args[1];
  }
  return data;
}

/** Source paths of the client components a page renders that are not Next's own routing shell. */
export function ownClientComponents(html: string, modules: Map<string, string>): string[] {
  const data = flightData(html);
  if (!data && elementsOf(html).some((element) => isNextScript(html, element))) {
    throw new Error("Next's scripts are on the page but no flight data was found; its markup has changed, update lib/build/runtime.ts");
  }
  const own = new Set<string>();
  // A client reference row: 3:I[39756,["$2"],"default"] (module id, chunks, export name).
  for (const [, reference] of data.matchAll(/^[0-9a-f]+:I(\[.*\])$/gm)) {
    const id = String((JSON.parse(reference) as unknown[])[0]);
    const source = modules.get(id);
    if (source === undefined)
      throw new Error(`the page refers to client module ${id}, which no client reference manifest lists; update lib/build/runtime.ts`);
    if (!FRAMEWORK.test(source)) own.add(source);
  }
  return [...own];
}

/** The HTML without Next.js's scripts: its chunks, their preloads and the inline flight data. */
export function withoutRuntime(html: string): string {
  const elements = elementsOf(html);
  const preload = (element: Element) =>
    element.tagName === 'link' && attribute(element, 'as') === 'script' && (attribute(element, 'href') ?? '').startsWith('/_next/');
  const stripped = applyEdits(html, elements.filter((element) => isNextScript(html, element) || preload(element)).map(remove));
  const left = elementsOf(stripped).filter(
    (element) => element.tagName === 'script' && attribute(element, 'type') !== 'application/ld+json',
  );
  if (left.length)
    throw new Error(
      `a script is left that is not ours (${rawText(stripped, left[0]).slice(0, 60) || attribute(left[0], 'src')}); Next's markup has changed, update lib/build/runtime.ts`,
    );
  return stripped;
}

/** Strips Next's scripts from every page in outDir, or throws naming each page that renders a client component of ours. */
export function stripRuntime(outDir: string, distDir: string): number {
  const modules = clientModules(distDir);
  const pages = htmlFiles(outDir).map((file) => ({ file, html: readFileSync(file, 'utf8') }));
  const problems = pages.flatMap(({ file, html }) =>
    ownClientComponents(html, modules).map((source) => `${path.relative(outDir, file)} renders ${source}`),
  );
  if (problems.length) {
    throw new Error(
      `${problems.join(', ')}: a 'use client' component, but the site ships no React runtime. Make it a server component and put its behaviour in lib/enhance (see lib/enhance/index.ts).`,
    );
  }
  for (const { file, html } of pages) writeFileSync(file, withoutRuntime(html));
  return pages.length;
}

export const runtimeStep: BuildStep = {
  name: 'no framework runtime',
  run: (outDir) => `${stripRuntime(outDir, path.join(process.cwd(), '.next'))} pages without Next.js's scripts`,
};
