import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Rules about where code lives, checked over the source itself.
const repo = path.resolve(import.meta.dirname, '../..');
const sourceFiles = (...folders: string[]) =>
  folders
    .flatMap((folder) => readdirSync(path.join(repo, folder), { recursive: true, encoding: 'utf8' }).map((file) => path.join(folder, file)))
    .filter((file) => /\.(ts|tsx|mjs)$/.test(file) && !file.endsWith('.d.ts'))
    .map((file) => file.split(path.sep).join('/'))
    .sort();

// A second list of the languages: an array or union naming both, a regular expression choosing
// between them, or code deciding on one language by name (`locale === 'nl' ? … : …`).
const quoted = (locale: string) => `['"\`]${locale}['"\`]`;
const secondList = [
  new RegExp(`\\[[^\\]\\n]*${quoted('nl')}[^\\]\\n]*${quoted('en')}`),
  new RegExp(`\\[[^\\]\\n]*${quoted('en')}[^\\]\\n]*${quoted('nl')}`),
  new RegExp(`${quoted('nl')}\\s*\\|\\s*${quoted('en')}|${quoted('en')}\\s*\\|\\s*${quoted('nl')}`),
  /\bnl\|en\b|\ben\|nl\b/,
  new RegExp(`[=!]==\\s*${quoted('(?:nl|en)')}|${quoted('(?:nl|en)')}\\s*[=!]==`),
];
const listsIn = (source: string) =>
  source
    .split('\n')
    .map((line, index) => ({ line: index + 1, text: line.trim() }))
    .filter(({ text }) => secondList.some((pattern) => pattern.test(text)));

describe('the locales', () => {
  it('finds a second list of locales when one is written', () => {
    for (const source of [
      "const locales = ['nl', 'en'] as const;",
      "options: ['en', 'nl'],",
      "const link = (locale: 'nl' | 'en') => locale;",
      'if (!/^\\/(nl|en)\\//.test(url)) return;',
      "const other = locale === 'nl' ? 'en' : 'nl';",
      'z.enum(["nl", "en"])',
    ]) {
      expect(listsIn(source), source).toHaveLength(1);
    }
    expect(listsIn("const tag: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };")).toEqual([]);
  });

  it('are listed only in i18n/routing.ts', () => {
    const found = [...sourceFiles('lib', 'components', 'app', 'i18n'), 'contentlayer.config.ts', 'next.config.ts']
      .filter((file) => file !== 'i18n/routing.ts')
      .flatMap((file) => listsIn(readFileSync(path.join(repo, file), 'utf8')).map(({ line, text }) => `${file}:${line}: ${text}`));
    expect(found).toEqual([]);
  });
});

describe('the layers', () => {
  // lib/ is used by components/ and app/, never the other way round.
  const upward = /(?:from\s+|import\s*\(\s*|require\s*\(\s*)['"](?:@\/(?:components|app)(?:\/|['"])|(?:\.\.\/)+(?:components|app)\/)/;

  it('finds an import from components/ or app/', () => {
    expect(upward.test("import type { Translate } from '@/components/story/context';")).toBe(true);
    expect(upward.test("const view = await import('@/app/page');")).toBe(true);
    expect(upward.test("import { x } from '../../components/site/x';")).toBe(true);
    expect(upward.test("import { translator } from '@/lib/i18n/translator';")).toBe(false);
  });

  it('keep lib/ and i18n/ free of imports from components/ and app/', () => {
    const found = sourceFiles('lib', 'i18n').filter((file) => upward.test(readFileSync(path.join(repo, file), 'utf8')));
    expect(found).toEqual([]);
  });
});
