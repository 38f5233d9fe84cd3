import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { filesUnder } from '@/lib/walk';

const root = mkdtempSync(path.join(tmpdir(), 'walk-'));
for (const file of [
  'b.txt',
  'a/z.txt',
  'a/b/c.txt',
  'a-b/x.txt',
  '_next/chunk.js',
  'a/_next/deep.js',
  '.hidden/x.txt',
  '.env',
  'a/empty/',
]) {
  const full = path.join(root, file);
  mkdirSync(file.endsWith('/') ? full : path.dirname(full), { recursive: true });
  if (!file.endsWith('/')) writeFileSync(full, '');
}
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('filesUnder', () => {
  it('lists every file, not the folders, in depth-first order with / between names', () => {
    expect(filesUnder(root)).toEqual([
      '.env',
      '.hidden/x.txt',
      '_next/chunk.js',
      'a/_next/deep.js',
      'a/b/c.txt',
      'a/z.txt',
      'a-b/x.txt',
      'b.txt',
    ]);
  });

  it('leaves out skipped folders at any depth, with all they hold, but not files of that name', () => {
    writeFileSync(path.join(root, 'a', '_file.txt'), '');
    expect(filesUnder(root, (name) => name.startsWith('_') || name.startsWith('.'))).toEqual([
      '.env',
      'a/_file.txt',
      'a/b/c.txt',
      'a/z.txt',
      'a-b/x.txt',
      'b.txt',
    ]);
  });
});
