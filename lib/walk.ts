import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

// No imports through '@/': lib/public-urls.ts uses this, and the Playwright tests and tsx scripts import that file directly.

/** Sorted as a depth-first walk over sorted folders: a folder's files come where its name sorts. */
const bySegments = (a: string[], b: string[]) => {
  for (let index = 0; index < Math.min(a.length, b.length); index += 1) {
    if (a[index] !== b[index]) return a[index] < b[index] ? -1 : 1;
  }
  return a.length - b.length;
};

/**
 * Every file under `dir` (not the folders), as a path relative to it with `/` between names, in the
 * order of a depth-first walk. Folders for which `skipFolder` is true are left out with everything in them.
 */
export function filesUnder(dir: string, skipFolder: (name: string) => boolean = () => false): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((rel) => rel.split(path.sep))
    .filter((parts) => !parts.slice(0, -1).some(skipFolder) && !statSync(path.join(dir, ...parts)).isDirectory())
    .sort(bySegments)
    .map((parts) => parts.join('/'));
}
