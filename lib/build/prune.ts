import { existsSync, readdirSync, readFileSync, rmdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { htmlFiles } from './files';
import { attribute, elementsOf } from './html';
import type { BuildStep } from './index';
import { filesUnder } from '@/lib/walk';

// Next's export writes files for its client router: a React Server Component payload (.txt) per
// page and segment, and JavaScript chunks. No page loads them once the runtime step has removed
// Next's scripts, so they only make the upload bigger and could mislead an auditor. This step keeps
// of /_next/ only what a page's src or href, or a kept stylesheet's url(), refers to (the CSS, its
// fonts), and drops the payloads. Runs after the runtime and enhancement steps.

/** A React Server Component payload beside a page: index.txt or __next.<segment>.txt. */
const isPayload = (rel: string) => /(^|\/)(index|__next\.[^/]*)\.txt$/.test(rel);

/** The /_next/ files a page refers to, as paths inside out/. */
function pageReferences(html: string): string[] {
  return elementsOf(html)
    .flatMap((element) => [attribute(element, 'src'), attribute(element, 'href')])
    .filter((value): value is string => value?.startsWith('/_next/') === true)
    .map((value) => value.slice(1).replace(/[?#].*$/, ''));
}

/** The files a stylesheet's url(…) refers to, resolved against the stylesheet's folder. */
export function stylesheetReferences(css: string, cssPath: string): string[] {
  return [...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)]
    .map(([, , url]) => url)
    .filter((url) => !/^(data:|[a-z]+:\/\/|#)/i.test(url))
    .map((url) => (url.startsWith('/') ? url.slice(1) : path.posix.join(path.posix.dirname(cssPath), url)).replace(/[?#].*$/, ''));
}

/** Everything in out/_next that pages load, directly or through their stylesheets. */
export function loadedNextFiles(outDir: string): Set<string> {
  const loaded = new Set(htmlFiles(outDir).flatMap((file) => pageReferences(readFileSync(file, 'utf8'))));
  for (const css of [...loaded].filter((rel) => rel.endsWith('.css'))) {
    for (const rel of stylesheetReferences(readFileSync(path.join(outDir, css), 'utf8'), css)) loaded.add(rel);
  }
  const missing = [...loaded].filter((rel) => !existsSync(path.join(outDir, rel)));
  if (missing.length) throw new Error(`pages refer to files that are not in out/: ${missing.join(', ')}`);
  return loaded;
}

/** Removes the folders under dir that hold no file any more, deepest first. */
function removeEmptyFolders(dir: string): void {
  const folders = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort((a, b) => b.length - a.length);
  for (const folder of folders) if (readdirSync(folder).length === 0) rmdirSync(folder);
}

export const pruneStep: BuildStep = {
  name: 'unused Next.js files',
  run(outDir) {
    const loaded = loadedNextFiles(outDir);
    const unused = [
      ...filesUnder(path.join(outDir, '_next'))
        .map((rel) => `_next/${rel}`)
        .filter((rel) => !loaded.has(rel)),
      ...filesUnder(outDir, (folder) => folder === '_next' || folder === 'pagefind').filter(isPayload),
    ];
    for (const rel of unused) rmSync(path.join(outDir, rel));
    removeEmptyFolders(path.join(outDir, '_next'));
    return `${unused.length} files removed that no page loads; ${loaded.size} kept in _next/`;
  },
};
