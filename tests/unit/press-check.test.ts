// @vitest-environment node
import { execFile } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The content check on a press release with a misspelt contact (of two), a time without its zone, an
// announcement without its original, and no background notes, and on
// redirects that point nowhere or shadow a page: each mistake named with its file and fix.
const repo = path.resolve(__dirname, '../..');

describe('npm run content:check on press releases and redirects', () => {
  it('explains every mistake', { timeout: 60_000 }, async () => {
    const argv = [
      '--import',
      'tsx',
      'lib/cli/content-check.ts',
      '--root',
      path.join(repo, 'tests/fixtures/content/press'),
      '--today',
      '2026-01-15',
      // The English words; the Dutch ones are the default (tests/unit/content-check.test.ts).
      '--lang',
      'en',
    ];
    const { code, out } = await new Promise<{ code: number | null; out: string }>((resolve) => {
      execFile(process.execPath, argv, { cwd: repo, encoding: 'utf8' }, (error, stdout, stderr) =>
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, out: `${stdout}${stderr}` }),
      );
    });
    for (const line of [
      'content/press/nl/bericht.mdx (contact): the press contact "jenw" is unknown (content/press/contacts.yaml has: vws, jenv)',
      'Did you mean "jenv"?',
      // A time nobody wrote down is not made up: a day alone is fine, a time needs its zone.
      "content/press/nl/bericht.mdx (date): date needs a date like '2025-05-22', or a date, time and time zone",
      'content/press/nl/bericht.mdx (original): original is required for an announcement: the web address of the original on rijksoverheid.nl',
      'content/press/nl/bericht.mdx: this press release has no background notes',
      'add <EditorNotes>',
      'content/redirects.yaml (1): the redirect from /nl/oud/ goes to /nl/nieuw/, which is not a page',
      'content/redirects.yaml (2): /nl/over/ is still a page, so it cannot also be a redirect',
    ])
      expect(out).toContain(line);
    expect(out).not.toContain('content/press/en/release.mdx');
    expect(out).not.toMatch(/\n\s+at /);
    expect(code).toBe(1);
  });
});
