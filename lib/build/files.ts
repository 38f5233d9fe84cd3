import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { filesUnder } from '@/lib/walk';

/** Writes a file at a site path (/nl/feiten/feiten.csv) inside out/, making its folders. */
export function writeOut(outDir: string, sitePath: string, data: string | Uint8Array): void {
  const file = path.join(outDir, ...sitePath.split('/').filter(Boolean));
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, data);
}

/** True when out/ holds a page (folder with index.html) or a file at this site path. */
export function existsOut(outDir: string, sitePath: string): boolean {
  const file = path.join(outDir, ...sitePath.split('/').filter(Boolean));
  return sitePath.endsWith('/') ? existsSync(path.join(file, 'index.html')) : existsSync(file);
}

/** Every HTML page in out/, but not inside Next's own assets or the search index. */
export function htmlFiles(dir: string): string[] {
  return filesUnder(dir, (folder) => folder === '_next' || folder === 'pagefind')
    .filter((rel) => rel.endsWith('.html'))
    .map((rel) => path.join(dir, rel));
}
