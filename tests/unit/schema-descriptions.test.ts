// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { allSchemas } from './all-schemas';
import { descriptionOf, fieldsOf, unwrap } from '@/lib/content/schemas/describe';
import { pressSchema } from '@/lib/content/schemas/press';
import { schemaProblems } from '@/lib/content/validate';

// Every field an editor can write has a description in plain words: the friendly errors (and the
// editors' guide) use it. Walks objects, lists, records and unions down to the last field.
type Def = { type: string; element?: z.ZodType; valueType?: z.ZodType; options?: z.ZodType[] };
const defOf = (schema: z.ZodType) => (unwrap(schema) as unknown as { _zod: { def: Def } })._zod.def;

function undescribed(schema: z.ZodType, where: string): string[] {
  const def = defOf(schema);
  if (def.type === 'array' && def.element) return undescribed(def.element, `${where}[]`);
  if (def.type === 'record' && def.valueType) return undescribed(def.valueType, `${where}.*`);
  if (def.type === 'union' && def.options) return def.options.flatMap((option) => undescribed(option, where));
  return Object.entries(fieldsOf(schema)).flatMap(([key, field]) => [
    ...(descriptionOf(field) ? [] : [`${where}.${key}`]),
    ...undescribed(field, `${where}.${key}`),
  ]);
}

const schemas = allSchemas;

describe('schema descriptions', () => {
  it('notices a field without a description, also deep in a list', () => {
    expect(
      undescribed(
        z.object({
          a: z.string().describe('a'),
          b: z
            .array(z.object({ c: z.number() }).strict())
            .optional()
            .describe('b'),
        }),
        'x',
      ),
    ).toEqual(['x.b[].c']);
  });
  for (const [name, schema] of Object.entries(schemas)) {
    it(`describes every field of ${name}`, () => expect(undescribed(schema, name)).toEqual([]));
  }
  it('uses the description to say what a missing field is for', () => {
    const { date: _date, ...rest } = { date: '2025-05-22', title: 't'.repeat(5) };
    void _date;
    expect(schemaProblems('r.mdx', pressSchema, rest).find((problem) => problem.field === 'date')).toMatchObject({
      message: { nl: 'date ontbreekt', en: 'date is missing' },
      fix: {
        nl: 'voeg date toe: de dag waarop het persbericht verschijnt, JJJJ-MM-DD, of een tijd met de tijdzone',
        en: 'add date: the day the release is published, YYYY-MM-DD, or a time with its time zone',
      },
    });
  });
});
