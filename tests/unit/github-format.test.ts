// @vitest-environment node
import { execFile } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { githubAnnotation } from '@/lib/check/github';

// `content:check --format github` (issue 13): on the Git host every problem becomes an annotation on
// the editor's line, so the format has to be exactly what GitHub Actions reads.
const repo = path.resolve(__dirname, '../..');

function check(...args: string[]): Promise<{ code: number | null; out: string }> {
  const argv = ['--import', 'tsx', 'lib/cli/content-check.ts', '--today', '2026-01-15', ...args];
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      argv,
      { cwd: repo, encoding: 'utf8', env: { ...process.env, CONTENT_CHECK_LANG: '' } },
      (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, out: `${stdout}${stderr}` });
      },
    );
  });
}

describe('a problem as a GitHub annotation', () => {
  it('names the file, the line and the level, with the fix on a second line, in Dutch or English', () => {
    const problem = {
      file: 'content/pages/nl/home.mdx',
      line: 12,
      message: { nl: '<Cite> kent geen "fakt"', en: '<Cite> has no prop "fakt"' },
      fix: { nl: 'schrijf fact', en: 'write fact' },
    };
    expect(githubAnnotation(problem)).toBe(
      '::error file=content/pages/nl/home.mdx,line=12,title=content%3Acheck::<Cite> kent geen "fakt"%0Aoplossing: schrijf fact',
    );
    expect(githubAnnotation(problem, 'en')).toBe(
      '::error file=content/pages/nl/home.mdx,line=12,title=content%3Acheck::<Cite> has no prop "fakt"%0Afix: write fact',
    );
    expect(githubAnnotation({ file: 'content/facts/a.yaml', field: 'reviewBy', message: 'has passed', level: 'warning' })).toBe(
      '::warning file=content/facts/a.yaml,title=content%3Acheck%3A reviewBy::has passed',
    );
  });

  it('escapes what would end a property or the command early', () => {
    const line = githubAnnotation({ file: 'content/a,b:c.mdx', message: '100% sure\r\nnot', fix: 'a, b: c' }, 'en');
    expect(line).toBe('::error file=content/a%2Cb%3Ac.mdx,title=content%3Acheck::100%25 sure%0D%0Anot%0Afix: a, b: c');
    expect(line.split('\n')).toHaveLength(1);
  });
});

describe('npm run content:check -- --format github', { timeout: 60_000 }, () => {
  const frontmatter = path.join(repo, 'tests/fixtures/content/frontmatter');

  it('prints one annotation per problem, then the count, and fails', async () => {
    const { code, out } = await check('--root', frontmatter, '--format', 'github');
    const lines = out.trim().split('\n');
    expect(lines.at(-1)).toMatch(/^\d+ fouten, \d+ waarschuwing(en)? in \d+ bestanden/);
    expect(lines.slice(0, -1).every((annotation) => /^::(error|warning) file=[^,:]+(,line=\d+)?,title=[^:]+::\S/.test(annotation))).toBe(
      true,
    );
    expect(out).toContain('::error file=content/pages/nl/home.mdx,title=content%3Acheck%3A draft::draft moet true of false zijn');
    expect(code).toBe(1);
  });

  it('follows --lang en', async () => {
    const { code, out } = await check('--root', frontmatter, '--format', 'github', '--lang', 'en');
    expect(out.trim().split('\n').at(-1)).toMatch(/^\d+ errors, \d+ warnings? in \d+ files/);
    expect(out).toContain('::error file=content/pages/nl/home.mdx,title=content%3Acheck%3A draft::draft must be true or false');
    expect(out).toContain('%0Afix: did you mean publishedAt?');
    expect(code).toBe(1);
  });

  it('refuses a format it does not know, in one plain line', async () => {
    const { code, out } = await check('--format', 'xml');
    expect(out.trim()).toMatch(/^content:check kon niet draaien: onbekende of onvolledige optie "--format xml"/);
    expect(code).toBe(2);
  });
});
