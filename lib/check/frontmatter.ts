import matter from 'gray-matter';
import type { Problem } from '@/lib/content/validate';
import { pageSchema, storySchema } from '@/lib/content/schemas/page';
import { pressSchema } from '@/lib/content/schemas/press';
import { locales, type Content, type Doc, type Kind } from './types';
import { parseYaml, isFields } from './yaml';
import { checkSchema, keysOf } from './schema';

const schemas = { pages: pageSchema, stories: storySchema, press: pressSchema };
const storyPrefix: Record<string, string> = { nl: 'verhalen/', en: 'stories/' };

/**
 * Splits a file into frontmatter (parsed with `yaml`, so dates stay text and a bad date is not
 * silently moved to another day) and body. The body keeps the frontmatter's lines as empty lines,
 * so every MDX line number is the line in the file.
 */
export function readFrontmatter(
  file: string,
  raw: string,
): { data: Record<string, unknown>; body: string; broken: boolean; guess?: Guess; problems: Problem[] } {
  const problems: Problem[] = [];
  // A file whose frontmatter cannot be read gets one problem, not one per missing field.
  const blank = { data: {}, body: raw, broken: true, problems };
  if (!raw.startsWith('---')) {
    const late = raw.trimStart().startsWith('---');
    problems.push({
      file,
      line: 1,
      message: {
        nl: late ? 'de frontmatter begint niet op de eerste regel' : 'het bestand heeft geen frontmatter',
        en: late ? 'the frontmatter does not start on the first line' : 'the file has no frontmatter',
      },
      fix: late
        ? { nl: 'haal de lege regels of spaties vóór de eerste --- weg', en: 'remove the empty lines or spaces before the first ---' }
        : {
            nl: 'begin het bestand met ---, de velden (title, description, locale, slug, translationKey, reviewBy) en nog een ---',
            en: 'start the file with ---, the fields (title, description, locale, slug, translationKey, reviewBy) and another ---',
          },
      unreadable: true,
    });
    return blank;
  }
  if (!/\n---[ \t]*(\r?\n|$)/.test(raw)) {
    problems.push({
      file,
      line: 1,
      message: { nl: 'de frontmatter is niet gesloten', en: 'the frontmatter is not closed' },
      fix: {
        nl: 'zet een regel met alleen --- na het laatste veld (reviewBy, …)',
        en: 'add a line with only --- after the last field (reviewBy, …)',
      },
      unreadable: true,
    });
    return blank;
  }
  let yamlProblem: Problem | undefined;
  const parsed = matter(raw, {
    engines: {
      yaml: (text: string) => {
        const result = parseYaml(file, text);
        yamlProblem = result.problem;
        return (result.data ?? {}) as object;
      },
    },
  } as unknown as Parameters<typeof matter>[1]);
  if (yamlProblem) problems.push(yamlProblem);
  const data = isFields(parsed.data) ? parsed.data : {};
  const head = raw.endsWith(parsed.content) ? raw.slice(0, raw.length - parsed.content.length) : '';
  const guess = yamlProblem ? guessAddress(head) : undefined;
  return { data, body: head.replace(/[^\n]/g, '') + parsed.content, broken: yamlProblem !== undefined, guess, problems };
}

/** What the other pages know a page by, read line by line from frontmatter that YAML cannot read. */
export type Guess = { slug?: string; translationKey?: string };

// Only so that a link to the page, or its twin, can say it follows from the unreadable frontmatter.
function guessAddress(head: string): Guess {
  const guess: Guess = {};
  for (const line of head.split('\n')) {
    const match = /^(slug|translationKey):[ \t]*(?:'([^']*)'|"([^"]*)"|([^'"#\s][^#]*?|))[ \t]*$/.exec(line);
    if (match) guess[match[1] as keyof Guess] = match[2] ?? match[3] ?? match[4];
  }
  return guess;
}

function extraChecks(doc: Doc): Problem[] {
  const { file, data } = doc;
  const problems: Problem[] = [];
  if (!(locales as readonly string[]).includes(doc.folder)) {
    problems.push({
      file,
      message: {
        nl: `het bestand staat in de map "${doc.folder}", en dat is geen taal`,
        en: `the file is in the folder "${doc.folder}", which is not a language`,
      },
      fix: {
        nl: `verplaats het naar content/${doc.kind}/nl/ of content/${doc.kind}/en/`,
        en: `move it to content/${doc.kind}/nl/ or content/${doc.kind}/en/`,
      },
    });
  } else if (typeof data.locale === 'string' && data.locale !== doc.folder && (locales as readonly string[]).includes(data.locale)) {
    problems.push({
      file,
      field: 'locale',
      message: {
        nl: `locale is ${data.locale}, maar het bestand staat in de map ${doc.folder}`,
        en: `locale is ${data.locale}, but the file is in the ${doc.folder} folder`,
      },
      fix: {
        nl: `zet locale: ${doc.folder}, of verplaats het bestand naar content/${doc.kind}/${data.locale}/`,
        en: `set locale: ${doc.folder}, or move the file to content/${doc.kind}/${data.locale}/`,
      },
    });
  }
  if (data.slug === '404')
    problems.push({
      file,
      field: 'slug',
      message: {
        nl: 'de slug 404 is gereserveerd voor de pagina "pagina niet gevonden"',
        en: 'the slug 404 is reserved for the "page not found" page',
      },
      fix: { nl: 'kies een andere slug', en: 'choose another slug' },
    });
  const prefix = storyPrefix[String(data.locale)];
  if (doc.kind === 'stories' && prefix && typeof data.slug === 'string' && !data.slug.startsWith(prefix)) {
    problems.push({
      file,
      field: 'slug',
      message: { nl: `de slug van een verhaal moet beginnen met ${prefix}`, en: `a story's slug must start with ${prefix}` },
      fix: {
        nl: `schrijf slug: ${prefix}${data.slug.split('/').pop() || 'naam-van-het-verhaal'}`,
        en: `write slug: ${prefix}${data.slug.split('/').pop() || 'name-of-the-story'}`,
      },
    });
  }
  return problems;
}

/** Every frontmatter field against the zod schema of its kind, plus what the schema cannot see. */
export function checkFrontmatter(content: Content): Problem[] {
  return content.docs
    .filter((doc) => !doc.broken)
    .flatMap((doc) => {
      const schema = schemas[doc.kind as Kind];
      return [...checkSchema(doc.file, schema, doc.data, keysOf(schema)), ...extraChecks(doc)];
    });
}
