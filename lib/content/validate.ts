import type { z } from 'zod';
import { describedAt } from './schemas/describe';
import { dutchSchemaWords, schemaText } from './schemas/dutch';
import { issueMessage } from './schemas/errors';
import { envLang, inLang, join, labels, type Lang, type Text } from '@/lib/check/lang';

export type Problem = {
  file: string;
  field?: string;
  line?: number;
  /** What is wrong, in Dutch and English (lib/check/lang.ts). */
  message: Text;
  fix?: Text;
  level?: 'error' | 'warning';
  /** The file cannot be read at all (a syntax error): listed first, since other problems may follow from it. */
  unreadable?: boolean;
  /** This problem only follows from that unreadable file: it is shown under it, and goes away with it. */
  followsFrom?: string;
  /** Filled in by lib/check/causes.ts: the problems that follow from this one. */
  followers?: Problem[];
};

// Turns zod's issues into problems an editor can act on: which file, which field, what is wrong and,
// where the schema knows it, what to write. The words come from the issue's code (schemas/errors.ts)
// and the field's description, never from zod's English messages; each in Dutch and English
// (schemas/dutch.ts).
export function schemaProblems(file: string, schema: z.ZodType, data: unknown): Problem[] {
  const result = schema.safeParse(data, { reportInput: true, error: issueMessage });
  if (result.success) return [];
  return result.error.issues.map((issue) => problemOf(file, schema, issue));
}

function problemOf(file: string, schema: z.ZodType, issue: z.core.$ZodIssue): Problem {
  const field = issue.path.join('.');
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.join(', ');
    return {
      file,
      field: keys,
      message: issue.keys.length > 1 ? { nl: `onbekende velden: ${keys}`, en: `unknown fields: ${keys}` } : { nl: `onbekend veld: ${keys}`, en: `unknown field: ${keys}` },
      fix: { nl: 'haal het weg, of vergelijk de spelling met de gids voor redacteuren (content/README.md)', en: "remove it or check its spelling against the editors' guide (content/README.md)" },
    };
  }
  const where = field ? `${field} ` : '';
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    const description = describedAt(schema, issue.path);
    const key = issue.path.at(-1) === undefined ? field : String(issue.path.at(-1));
    return {
      file,
      field: field || undefined,
      message: { nl: `${field} ontbreekt`, en: `${field} is missing` },
      ...(description ? { fix: { nl: `voeg ${key} toe: ${dutchSchemaWords(description)}`, en: `add ${key}: ${description}` } } : {}),
    };
  }
  if (issue.code === 'invalid_type' && issue.expected === 'string') {
    return { file, field: field || undefined, message: join(where, schemaText(issue.message)), fix: { nl: `zet de waarde tussen aanhalingstekens, zoals ${field}: '...'`, en: `put the value in quotes, like ${field}: '...'` } };
  }
  const fix = issue.code === 'custom' && typeof issue.params?.fix === 'string' ? issue.params.fix : undefined;
  return { file, field: field || undefined, message: join(where, schemaText(issue.message)), ...(fix ? { fix: schemaText(fix) } : {}) };
}

/**
 * Throws once with every problem, when there is any: a bad file stops the build with its file and field.
 * In `npm run dev` it only logs them: the page then shows the content check's messages in the browser
 * (components/site/DevProblems.tsx) instead of a framework error on every page.
 */
export function throwOnProblems(subject: Text, problems: Problem[], lang: Lang = envLang()): void {
  if (problems.length === 0) return;
  const list = problems.map((problem) => formatProblem(problem, lang)).join('\n');
  if (process.env.NODE_ENV === 'development') {
    const shown = { nl: 'de preview toont ze op de pagina', en: 'the preview shows them on the page' };
    console.error(`${inLang(subject, lang)} ${problems.length}: ${shown[lang]}:\n${list}`);
    return;
  }
  const help = {
    nl: `${problems.length} ${problems.length === 1 ? 'probleem' : 'problemen'}; npm run content:check legt ze uit`,
    en: `${problems.length} problem(s); run npm run content:check for help`,
  };
  throw new Error(`${inLang(subject, lang)} ${help[lang]}:\n${list}`);
}

type Stored = { _raw: { sourceFilePath: string } };

/**
 * The problems of Contentlayer documents against their schema: each document's own fields (without
 * Contentlayer's bookkeeping and the computed fields), named by its file.
 */
export function docProblems(schema: z.ZodType, docs: readonly Stored[], computed: readonly string[] = ['id']): Problem[] {
  const internal = new Set(['_id', '_raw', 'type', 'body', ...computed]);
  return docs.flatMap((doc) => schemaProblems(`content/${doc._raw.sourceFilePath}`, schema, Object.fromEntries(Object.entries(doc).filter(([key]) => !internal.has(key)))));
}

export function formatProblem(problem: Problem, lang: Lang = envLang()): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const field = problem.field && !problem.line ? ` (${problem.field})` : '';
  const fix = problem.fix ? `\n    ${labels.fix[lang]}: ${inLang(problem.fix, lang)}` : '';
  return `${where}${field}: ${inLang(problem.message, lang)}${fix}${formatFollowers(problem.followers ?? [], lang)}`;
}

const SHOWN_FOLLOWERS = 10;

/** The problems that follow from an unreadable file, indented under it; their fix is fixing that file. */
function formatFollowers(followers: Problem[], lang: Lang): string {
  if (!followers.length) return '';
  const count: Text =
    followers.length === 1
      ? { nl: '1 probleem volgt hieruit, en verdwijnt als je dit oplost:', en: '1 problem follows from this, and will go away when it is fixed:' }
      : join(`${followers.length} `, { nl: 'problemen volgen hieruit, en verdwijnen als je dit oplost:', en: 'problems follow from this, and will go away when it is fixed:' });
  const lines = followers.slice(0, SHOWN_FOLLOWERS).map((follower) => `\n      ${formatProblem({ ...follower, fix: undefined }, lang)}`);
  const rest = followers.length - SHOWN_FOLLOWERS;
  const more = rest > 0 ? `\n      ${inLang({ nl: `en nog ${rest}`, en: `and ${rest} more` }, lang)}` : '';
  return `\n    ${inLang(count, lang)}${lines.join('')}${more}`;
}
