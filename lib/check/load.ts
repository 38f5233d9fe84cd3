import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { routing } from '@/i18n/routing';
import { filesUnder } from '@/lib/walk';
import type { Problem } from '@/lib/content/validate';
import { readFrontmatter } from './frontmatter';
import { readMdx } from './mdx';
import { dataFolders, locales, type Content, type Kind } from './types';
import { isFields, parseYaml } from './yaml';

const kinds: Kind[] = ['pages', 'stories', 'press'];
// Contentlayer skips these (contentDirExclude); every other file in content/ must be a page or data file.
// contacts.yaml and redirects.yaml are single registries that lib/check/press.ts reads itself.
const skipped = /^(README(\.en)?\.md|press\/contacts\.yaml|redirects\.yaml)$/;

const hidden = (name: string) => name.startsWith('.');
const walk = (dir: string): string[] =>
  existsSync(dir) ? filesUnder(dir, hidden).filter((rel) => !hidden(rel.slice(rel.lastIndexOf('/') + 1))) : [];

function asObject(file: string, data: unknown, problems: Problem[]): Record<string, unknown> | undefined {
  if (isFields(data)) return data;
  problems.push({
    file,
    message: {
      nl: 'het bestand moet een lijst van velden zijn (zoals topic: health), één per regel',
      en: 'the file must be a list of fields (like topic: health), one per line',
    },
    fix: { nl: 'vergelijk het met een ander bestand in dezelfde map', en: 'compare it with another file in the same folder' },
    unreadable: true,
  });
  return undefined;
}

function readJson(file: string, full: string, problems: Problem[]): Record<string, unknown> | undefined {
  if (!existsSync(full)) {
    problems.push({
      file,
      message: { nl: 'dit berichtenbestand ontbreekt', en: 'this message file is missing' },
      fix: { nl: `maak ${file} met dezelfde keys als de andere taal`, en: `create ${file} with the same keys as the other language` },
    });
    return undefined;
  }
  const text = readFileSync(full, 'utf8');
  try {
    return asObject(file, JSON.parse(text), problems);
  } catch (error) {
    const at = /position (\d+)/.exec(String((error as Error).message));
    const line = at ? text.slice(0, Number(at[1])).split('\n').length : undefined;
    problems.push({
      file,
      line,
      message: {
        nl: 'de JSON is niet te lezen (een komma, aanhalingsteken of accolade is fout of ontbreekt)',
        en: 'the JSON cannot be read (a comma, quote or brace is wrong or missing)',
      },
      fix: {
        nl: 'controleer de regel en de regel erboven; na het laatste item in een blok staat geen komma',
        en: 'check the line and the one before it; the last entry in a block has no comma',
      },
      unreadable: true,
    });
    return undefined;
  }
}

/** Reads every content file once; the checks then work on this one snapshot. */
export function loadContent(root: string): { content: Content; problems: Problem[] } {
  const problems: Problem[] = [];
  const content: Content = {
    root,
    files: 0,
    docs: [],
    examples: [],
    facts: [],
    help: [],
    scenarios: [],
    quiz: [],
    corrections: [],
    messages: [],
  };
  const contentDir = path.join(root, 'content');
  if (!existsSync(contentDir))
    problems.push({
      file: 'content',
      message: { nl: 'hier is geen map content', en: 'there is no content folder here' },
      fix: {
        nl: 'start de check in de map van de site, of geef --root <map> mee',
        en: 'run the check from the repository, or pass --root <folder>',
      },
    });
  for (const rel of walk(contentDir)) {
    if (skipped.test(rel)) continue;
    const file = `content/${rel}`;
    const raw = () => readFileSync(path.join(contentDir, rel), 'utf8').replace(/^\uFEFF/, '');
    const [top, ...rest] = rel.split('/');
    content.files += 1;
    if (top === 'examples' && rest.length === 1 && rel.endsWith('.mdx')) {
      // The editors' examples have no frontmatter; they are Dutch MDX that the guide tells editors to copy.
      const body = readMdx(file, raw());
      problems.push(...body.problems);
      content.examples.push({
        file,
        kind: 'examples',
        folder: routing.defaultLocale,
        data: { locale: routing.defaultLocale },
        broken: false,
        unreadableMdx: body.problems.length > 0,
        ...body,
      });
    } else if (kinds.includes(top as Kind) && rel.endsWith('.mdx') && rest.length >= 2) {
      const front = readFrontmatter(file, raw());
      const body = readMdx(file, front.body);
      problems.push(...front.problems, ...body.problems);
      content.docs.push({
        file,
        kind: top as Kind,
        folder: rest[0],
        data: front.data,
        broken: front.broken,
        guess: front.guess,
        unreadableMdx: body.problems.length > 0,
        ...body,
      });
    } else if ((dataFolders as readonly string[]).includes(top) && rest.length === 1 && rel.endsWith('.yaml')) {
      const parsed = parseYaml(file, raw());
      if (parsed.problem) problems.push(parsed.problem);
      const data = parsed.problem ? undefined : asObject(file, parsed.data, problems);
      content[top as (typeof dataFolders)[number]].push({ file, id: rest[0].replace(/\.yaml$/, ''), data });
    } else {
      const fix = rel.endsWith('.yml')
        ? { nl: 'geef het een naam die eindigt op .yaml', en: 'rename it to end in .yaml' }
        : rel.endsWith('.md')
          ? { nl: 'geef het een naam die eindigt op .mdx', en: 'rename it to end in .mdx' }
          : {
              nl: "pagina's staan in content/pages/nl/ of content/pages/en/ (.mdx); feiten, hulp, situaties van de rekening, quizvragen en correcties in content/facts/, content/help/, content/scenarios/, content/quiz/ en content/corrections/ (.yaml)",
              en: 'pages go in content/pages/nl/ or content/pages/en/ (.mdx); facts, help, bill scenarios, quiz questions and corrections in content/facts/, content/help/, content/scenarios/, content/quiz/ and content/corrections/ (.yaml)',
            };
      problems.push({
        file,
        message: {
          nl: 'dit bestand staat op de verkeerde plek of heeft de verkeerde extensie: de site kan het niet gebruiken en de build stopt',
          en: 'this file is in the wrong place or has the wrong extension: the site cannot use it and the build stops',
        },
        fix,
      });
    }
  }
  for (const locale of locales) {
    const file = `messages/${locale}.json`;
    content.files += 1;
    content.messages.push({ file, locale, data: readJson(file, path.join(root, file), problems) });
  }
  return { content, problems };
}
