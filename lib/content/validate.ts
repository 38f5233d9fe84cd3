import type { z } from 'zod';

export type Problem = { file: string; field?: string; line?: number; message: string; fix?: string; level?: 'error' | 'warning' };

// Turns zod's issues into problems an editor can act on: which file, which field, what is wrong.
export function schemaProblems(file: string, schema: z.ZodType, data: unknown): Problem[] {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const field = issue.path.join('.');
    if (issue.code === 'unrecognized_keys') {
      return { file, field: issue.keys.join(', '), message: `unknown field${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}`, fix: 'remove it or check its spelling against the editors\' guide (content/README.md)' };
    }
    const missing = issue.code === 'invalid_type' && (issue as { input?: unknown }).input === undefined;
    const fix = issue.code === 'custom' && typeof issue.params?.fix === 'string' ? issue.params.fix : undefined;
    return { file, field: field || undefined, message: missing ? `${field} is missing` : `${field ? `${field} ` : ''}${issue.message}`, ...(fix ? { fix } : {}) };
  });
}

export function formatProblem(problem: Problem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const field = problem.field && !problem.line ? ` (${problem.field})` : '';
  const fix = problem.fix ? `\n    fix: ${problem.fix}` : '';
  return `${where}${field}: ${problem.message}${fix}`;
}
