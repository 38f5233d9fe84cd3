import type { z } from 'zod';
import { schemaProblems, type Problem } from '@/lib/content/validate';
import { closest } from './suggest';

// schemaProblems, made plainer for editors: one problem per unknown field with the closest known
// field, and zod's "expected string, received number" turned into words.
export function checkSchema(file: string, schema: z.ZodType, data: unknown, known: string[]): Problem[] {
  const issues = schema.safeParse(data).error?.issues ?? [];
  return schemaProblems(file, schema, data).flatMap((problem) => {
    // zod 4 leaves `input` off its issues, so schemaProblems calls a present field of the wrong type
    // "missing"; say what is wrong with it instead.
    if (problem.field && problem.message === `${problem.field} is missing` && valueAt(data, problem.field) !== undefined) {
      const issue = issues.find((candidate) => candidate.path.join('.') === problem.field);
      problem = { ...problem, message: `${problem.field} ${issue?.message ?? 'has the wrong type'}` };
    }
    if (problem.message.startsWith('unknown field')) {
      return (problem.field ?? '').split(', ').map((field) => {
        const near = closest(field, known);
        return { file, field, message: `unknown field "${field}"`, fix: near ? `did you mean ${near}? Field names are case-sensitive` : problem.fix };
      });
    }
    const wrong = /Invalid input: expected (\w+), received (\w+)/.exec(problem.message);
    if (wrong) {
      const [, expected, received] = wrong;
      const words: Record<string, string> = { string: 'text', number: 'a number', boolean: 'true or false', object: 'a block of fields', array: 'a list', null: 'empty' };
      const fix = expected === 'string' ? `put the value in quotes, like ${problem.field}: '...'` : undefined;
      return [{ ...problem, message: `${problem.field} must be ${words[expected] ?? expected}, but it is ${words[received] ?? received}`, fix }];
    }
    return [problem];
  });
}

function valueAt(data: unknown, field: string): unknown {
  return field.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), data);
}

/** The field names an object schema knows, for "did you mean" suggestions. */
export function keysOf(schema: z.ZodType): string[] {
  const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : [];
}
