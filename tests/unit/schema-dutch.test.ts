// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { allSchemas } from './all-schemas';
import { dutchSchemaWords, hasDutch } from '@/lib/content/schemas/dutch';
import { issueText, propIssueText } from '@/lib/content/schemas/errors';

// The content check speaks Dutch by default: every text a schema can put in a message (its `error:`
// words, the messages of its checks and refinements, their fixes and every field's description) must
// have Dutch words (lib/content/schemas/dutch.ts). A new field or message without them fails here.
// One kind of text cannot be read from a schema: a message added inside .superRefine() with
// ctx.addIssue; write those as say({ nl, en }) (as lib/content/schemas/press.ts does).

type Check = { _zod: { def: { error?: (issue: unknown) => unknown; params?: { fix?: unknown } } } };
type Def = {
  type: string;
  error?: (issue: unknown) => unknown;
  checks?: Check[];
  innerType?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  options?: z.ZodType[];
  in?: z.ZodType;
  out?: z.ZodType;
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  left?: z.ZodType;
  right?: z.ZodType;
};
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

// Stand-in issues for error functions that read the issue (like "2027-02-30 is not a real date").
const sampleIssue = { code: 'custom', input: '2027-02-30', path: [], message: '' };

/** The text an error function gives, as zod reads it: a string or { message }. */
function errorText(error: ((issue: unknown) => unknown) | undefined): string | undefined {
  const value = error?.(sampleIssue);
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && 'message' in value && typeof value.message === 'string') return value.message;
  return undefined;
}

/** Every text of a schema and of the schemas inside it, each once, with where it stands. */
export function schemaTexts(schema: z.ZodType, where: string, seen = new Set<z.ZodType>()): { where: string; text: string }[] {
  if (seen.has(schema)) return [];
  seen.add(schema);
  const def = defOf(schema);
  const own = [
    schema.description,
    errorText(def.error),
    ...(def.checks ?? []).flatMap((check) => [errorText(check._zod.def.error), check._zod.def.params?.fix]),
  ].filter((text): text is string => typeof text === 'string' && text.length > 0);
  const inner: [string, z.ZodType | undefined][] = [
    ['', def.innerType],
    ['', def.in],
    ['', def.out],
    ['', def.left],
    ['', def.right],
    ['[]', def.element],
    ['.<key>', def.keyType],
    ['.*', def.valueType],
    ...(def.options ?? []).map((option, index): [string, z.ZodType] => [`|${index}`, option]),
    ...Object.entries(def.shape ?? {}).map(([key, field]): [string, z.ZodType] => [`.${key}`, field]),
  ];
  return [
    ...own.map((text) => ({ where, text })),
    ...inner.flatMap(([step, child]) => (child ? schemaTexts(child, `${where}${step}`, seen) : [])),
  ];
}

const schemas = allSchemas;

// One issue of each kind the error maps know, so each of their templates is read in both languages.
const issues = [
  { code: 'invalid_type', expected: 'string', input: undefined },
  { code: 'invalid_type', expected: 'string', input: 3 },
  { code: 'invalid_type', expected: 'boolean', input: 'x' },
  { code: 'invalid_type', expected: 'number', input: [] },
  { code: 'invalid_type', expected: 'object', input: null },
  { code: 'too_small', origin: 'string', minimum: 1 },
  { code: 'too_small', origin: 'string', minimum: 2 },
  { code: 'too_small', origin: 'array', minimum: 1 },
  { code: 'too_small', origin: 'number', minimum: 1, inclusive: true },
  { code: 'too_small', origin: 'number', minimum: 1, inclusive: false },
  { code: 'too_big', origin: 'string', maximum: 65 },
  { code: 'too_big', origin: 'array', maximum: 1 },
  { code: 'too_big', origin: 'number', maximum: 9, inclusive: true },
  { code: 'too_big', origin: 'number', maximum: 9, inclusive: false },
  { code: 'invalid_value', values: ['nl'] },
  { code: 'invalid_value', values: ['nl', 'en'] },
  { code: 'invalid_format', format: 'email' },
  { code: 'invalid_format', format: 'url' },
  { code: 'invalid_format', format: 'regex' },
  { code: 'invalid_format', format: 'uuid' },
  { code: 'unrecognized_keys', keys: ['a'] },
  { code: 'unrecognized_keys', keys: ['a', 'b'] },
  { code: 'invalid_union', errors: [] },
  { code: 'custom' },
] as unknown as z.core.$ZodRawIssue[];

describe('the Dutch words of the schemas', () => {
  it('reads the texts of a schema, also in checks, refinements and deep in a list', () => {
    const texts = schemaTexts(
      z
        .object({
          a: z
            .array(
              z
                .string({ error: 'A' })
                .min(2, 'B')
                .refine(Boolean, { error: 'C', params: { fix: 'D' } }),
            )
            .describe('E'),
        })
        .describe('F'),
      'x',
    ).map(({ text }) => text);
    expect(texts.sort()).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
  });

  it('reads texts from every schema', () => {
    expect(Object.values(schemas).flatMap((schema) => schemaTexts(schema, '')).length).toBeGreaterThan(100);
  });

  it('notices a text without Dutch', () => {
    expect(hasDutch('a text nobody translated')).toBe(false);
    expect(dutchSchemaWords('a text nobody translated')).toBe('a text nobody translated');
  });

  for (const [name, schema] of Object.entries(schemas)) {
    it(`has Dutch for every text of ${name}`, () => {
      const texts = schemaTexts(schema, name);
      expect(texts.filter(({ text }) => !hasDutch(text)).map(({ where, text }) => `${where}: ${text}`)).toEqual([]);
    });
  }

  it.each(issues.map((issue) => [issue.code, issue]))('says each %s issue of the error maps in Dutch', (_code, issue) => {
    for (const text of [issueText(issue), propIssueText(issue)]) {
      expect(text.nl).not.toEqual(text.en);
      expect(text.nl).not.toMatch(/\b(must|needs|may|is missing|unknown|allowed)\b/);
    }
  });
});
