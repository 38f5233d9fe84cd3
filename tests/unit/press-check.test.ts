// @vitest-environment node
import { execFile } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The content check on a press release with a misspelt contact and no background notes, and on
// redirects that point nowhere or shadow a page: each mistake named with its file and fix.
const repo = path.resolve(__dirname, '../..');

describe('npm run content:check on press releases and redirects', () => {
  it('explains every mistake', { timeout: 60_000 }, async () => {
    const argv = ['--import', 'tsx', 'lib/cli/content-check.ts', '--root', path.join(repo, 'tests/fixtures/content/press'), '--today', '2026-01-15'];
    const { code, out } = await new Promise<{ code: number | null; out: string }>((resolve) => {
      execFile(process.execPath, argv, { cwd: repo, encoding: 'utf8' }, (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, out: `${stdout}${stderr}` }));
    });
    for (const line of [
      'content/press/nl/bericht.mdx (contact): the press contact "plceholder" is unknown (content/press/contacts.yaml has: placeholder)',
      'Did you mean "placeholder"?',
      'content/press/nl/bericht.mdx: this press release has no background notes',
      'add <EditorNotes>',
      'content/redirects.yaml (1): the redirect from /nl/oud/ goes to /nl/nieuw/, which is not a page',
      'content/redirects.yaml (2): /nl/over/ is still a page, so it cannot also be a redirect',
    ]) expect(out).toContain(line);
    expect(out).not.toContain('content/press/en/release.mdx');
    expect(out).not.toMatch(/\n\s+at /);
    expect(code).toBe(1);
  });
});
