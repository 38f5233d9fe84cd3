import type { z } from 'zod';
import { schemaProblems, type Problem } from '@/lib/content/validate';
import { fieldsOf } from '@/lib/content/schemas/describe';
import { inLang } from './lang';
import { closest } from './suggest';

// schemaProblems (its words come from zod's issue codes, see lib/content/schemas/errors.ts), plus
// one problem per unknown field with the closest known field.
export function checkSchema(file: string, schema: z.ZodType, data: unknown, known: string[]): Problem[] {
  return schemaProblems(file, schema, data).flatMap((problem) => {
    if (!inLang(problem.message, 'en').startsWith('unknown field')) return [problem];
    return (problem.field ?? '').split(', ').map((field) => {
      const near = closest(field, known);
      return {
        file,
        field,
        message: { nl: `onbekend veld "${field}"`, en: `unknown field "${field}"` },
        fix: near
          ? {
              nl: `bedoel je ${near}? Hoofdletters tellen mee in de naam van een veld`,
              en: `did you mean ${near}? Field names are case-sensitive`,
            }
          : problem.fix,
      };
    });
  });
}

/** The field names an object schema knows, for "did you mean" suggestions. */
export function keysOf(schema: z.ZodType): string[] {
  return Object.keys(fieldsOf(schema));
}
