// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The README's folder table is how a new developer finds their way: it must name every tracked
// top-level folder and every folder directly under components/ and lib/, and name nothing that is gone.
const repo = path.resolve(__dirname, '../..');
const readme = readFileSync(path.join(repo, 'README.md'), 'utf8');
const table = readme.split('## How the folders are laid out')[1]?.split('\n## ')[0] ?? '';
const named = new Set([...table.matchAll(/^\|([^|]+)\|/gm)].flatMap((row) => [...row[1].matchAll(/`([^`]+\/)`/g)].map((m) => m[1])));

const tracked = execFileSync('git', ['ls-files'], { cwd: repo, encoding: 'utf8' }).split('\n').filter(Boolean);
const folders = new Set(
  tracked.flatMap((file) => {
    const parts = file.split('/');
    if (parts.length < 2 || parts[0].startsWith('.')) return [];
    const top = `${parts[0]}/`;
    return ['components', 'lib'].includes(parts[0]) && parts.length > 2 ? [top, `${parts[0]}/${parts[1]}/`] : [top];
  }),
);

describe('README folder table', () => {
  it('has rows', () => expect(named.size).toBeGreaterThan(10));
  it.each([...folders].sort())('names %s', (folder) => {
    // A top-level folder is named by itself or by rows for its subfolders (`lib/content/` names lib/).
    const topLevel = folder.split('/').length === 2;
    expect(named.has(folder) || (topLevel && [...named].some((n) => n.startsWith(folder))), `add a row for ${folder}`).toBe(true);
  });
  it.each([...named].sort())('%s exists', (folder) => expect(existsSync(path.join(repo, folder))).toBe(true));
});
