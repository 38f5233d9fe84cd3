import type { z } from 'zod';
import { describedAt } from './schemas/describe';
import { issueMessage } from './schemas/errors';

export type Problem = {
  file: string;
  field?: string;
  line?: number;
  message: string;
  fix?: string;
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
// and the field's description, never from zod's English messages.
export function schemaProblems(file: string, schema: z.ZodType, data: unknown): Problem[] {
  const result = schema.safeParse(data, { reportInput: true, error: issueMessage });
  if (result.success) return [];
  return result.error.issues.map((issue) => problemOf(file, schema, issue));
}

function problemOf(file: string, schema: z.ZodType, issue: z.core.$ZodIssue): Problem {
  const field = issue.path.join('.');
  if (issue.code === 'unrecognized_keys') {
    return { file, field: issue.keys.join(', '), message: `unknown field${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}`, fix: 'remove it or check its spelling against the editors\' guide (content/README.md)' };
  }
  const where = field ? `${field} ` : '';
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    const description = describedAt(schema, issue.path);
    return { file, field: field || undefined, message: `${field} is missing`, ...(description ? { fix: `add ${issue.path.at(-1) === undefined ? field : String(issue.path.at(-1))}: ${description}` } : {}) };
  }
  if (issue.code === 'invalid_type' && issue.expected === 'string') {
    return { file, field: field || undefined, message: `${where}${issue.message}`, fix: `put the value in quotes, like ${field}: '...'` };
  }
  const fix = issue.code === 'custom' && typeof issue.params?.fix === 'string' ? issue.params.fix : undefined;
  return { file, field: field || undefined, message: `${where}${issue.message}`, ...(fix ? { fix } : {}) };
}

/**
 * Throws once with every problem, when there is any: a bad file stops the build with its file and field.
 * In `npm run dev` it only logs them: the page then shows the content check's messages in the browser
 * (components/site/DevProblems.tsx) instead of a framework error on every page.
 */
export function throwOnProblems(subject: string, problems: Problem[]): void {
  if (problems.length > 0 && process.env.NODE_ENV === 'development') {
    console.error(`${subject} ${problems.length} problem(s); the preview shows them on the page:\n${problems.map(formatProblem).join('\n')}`);
    return;
  }
  if (problems.length > 0) throw new Error(`${subject} ${problems.length} problem(s); run npm run content:check for help:\n${problems.map(formatProblem).join('\n')}`);
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

export function formatProblem(problem: Problem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const field = problem.field && !problem.line ? ` (${problem.field})` : '';
  const fix = problem.fix ? `\n    fix: ${problem.fix}` : '';
  return `${where}${field}: ${problem.message}${fix}${formatFollowers(problem.followers ?? [])}`;
}

const SHOWN_FOLLOWERS = 10;

/** The problems that follow from an unreadable file, indented under it; their fix is fixing that file. */
function formatFollowers(followers: Problem[]): string {
  if (!followers.length) return '';
  const count = followers.length === 1 ? '1 problem follows' : `${followers.length} problems follow`;
  const lines = followers.slice(0, SHOWN_FOLLOWERS).map((follower) => `\n      ${formatProblem({ ...follower, fix: undefined })}`);
  const more = followers.length > SHOWN_FOLLOWERS ? `\n      and ${followers.length - SHOWN_FOLLOWERS} more` : '';
  return `\n    ${count} from this, and will go away when it is fixed:${lines.join('')}${more}`;
}
