import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export type Example = { name: string; source: string };

const dir = path.join(process.cwd(), 'content', 'examples');

/** The editors' examples, one per story component: the guide, the tests and the gallery share them. */
export function examples(): Example[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.mdx'))
    .sort()
    .map((file) => ({ name: file.replace(/\.mdx$/, ''), source: readFileSync(path.join(dir, file), 'utf8') }));
}
