import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

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
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return name === '_next' || name === 'pagefind' ? [] : htmlFiles(file);
    return name.endsWith('.html') ? [file] : [];
  });
}
