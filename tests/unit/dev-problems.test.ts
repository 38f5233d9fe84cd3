// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inLang } from '@/lib/check/lang';
import type { Problem } from '@/lib/content/validate';
import { dataFilesOf, filesWithSlug, hasErrors, problemsForPage, renderProblem } from '@/lib/dev/problems';

// What `npm run dev` shows about the page being previewed (issue 13; tests/dev/preview.spec.ts shows it in the browser).
const root = mkdtempSync(path.join(tmpdir(), 'dev-problems-'));
const write = (file: string, text: string) => {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
};
afterAll(() => rmSync(root, { recursive: true, force: true }));

const page = 'content/pages/nl/over.mdx';
const problems: Problem[] = [
  { file: page, line: 3, message: 'the tag <Fact> is not closed', fix: 'add </Fact>', unreadable: true },
  { file: 'content/facts/a.yaml', field: 'topic', message: 'topic is missing' },
  { file: 'content/facts/b.yaml', line: 2, message: 'the YAML cannot be read', unreadable: true },
  { file: 'content/pages/nl/ander.mdx', message: 'reviewBy has passed', level: 'warning' },
];

describe('the problems a preview shows', () => {
  it("takes the page's own files, and unreadable files elsewhere", () => {
    const { own, elsewhere } = problemsForPage(problems, [page, 'content/facts/a.yaml']);
    expect(own.map((problem) => problem.file)).toEqual([page, 'content/facts/a.yaml']);
    expect(elsewhere.map((problem) => problem.file)).toEqual(['content/facts/b.yaml']);
    expect(hasErrors(own)).toBe(true);
    expect(hasErrors([problems[3]])).toBe(false);
  });

  it('finds a page that has no route yet by the slug in its file', () => {
    write(page, "---\ntitle: 'Over ons\nslug: over/ons\n---\n");
    expect(filesWithSlug(problems, 'nl', 'over/ons', root)).toEqual([page]);
    expect(filesWithSlug(problems, 'en', 'over/ons', root)).toEqual([]);
    expect(filesWithSlug(problems, 'nl', 'over', root)).toEqual([]);
  });

  it('names the data files a page shows', () => {
    write('content/quiz/q1.yaml', 'order: 1\n');
    const body = '<HelpBox ids="drugsinfo, jellinek" />\n\n<Quiz />\n';
    expect(dataFilesOf(body, ['a'], root)).toEqual([
      'content/facts/a.yaml',
      'content/help/drugsinfo.yaml',
      'content/help/jellinek.yaml',
      'content/quiz/q1.yaml',
    ]);
  });

  it('turns an error while the MDX is shown into a message with its line and a fix', () => {
    write('content/pages/nl/fout.mdx', '---\nslug: fout\n---\n\nHet kost {ongeveer} 10 euro.\n');
    const problem = renderProblem('content/pages/nl/fout.mdx', new ReferenceError('ongeveer is not defined'), root);
    expect(problem).toMatchObject({ file: 'content/pages/nl/fout.mdx', line: 5 });
    expect(inLang(problem.message, 'nl')).toContain('{ongeveer}');
    expect(inLang(problem.fix!, 'nl')).toContain('haal de accolades weg');
    expect(inLang(problem.fix!, 'en')).toContain('remove the curly braces');
    expect(inLang(renderProblem('content/pages/nl/fout.mdx', new Error('boom'), root).message, 'en')).toContain('boom');
  });
});
