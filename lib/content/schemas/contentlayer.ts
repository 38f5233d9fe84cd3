import type { z } from 'zod';
import { isRealDate } from './common';
import { descriptionOf, fieldsOf, unwrap } from './describe';

// Contentlayer's field definitions, derived from the zod schemas so each field is defined once. Zod
// checks every value (lib/content/validate.ts); Contentlayer only needs the kind of each field, to
// read the file and to type the generated documents.

type Kind = { type: 'string' | 'number' | 'boolean' | 'date' | 'json' } | { type: 'enum'; options: string[] } | { type: 'list'; of: { type: 'string' | 'number' } };
type FieldDef = Kind & { required: boolean; description?: string };

type Def = { type: string; innerType?: z.ZodType; element?: z.ZodType; entries?: Record<string, string>; checks?: { _zod: { def: { fn?: unknown } } }[] };
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Optional or nullable at some level: Contentlayer may find the field absent or empty. */
function mayBeEmpty(schema: z.ZodType): boolean {
  for (let current: z.ZodType | undefined = schema; current; ) {
    const def = defOf(current);
    if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default') return true;
    current = def.innerType;
  }
  return false;
}

/** A date written YYYY-MM-DD (common.ts's isoDate): Contentlayer reads it as a date. */
const isDate = (schema: z.ZodType) => defOf(schema).checks?.some((check) => check._zod.def.fn === isRealDate) ?? false;

function kindOf(schema: z.ZodType): Kind {
  const inner = unwrap(schema);
  const def = defOf(inner);
  switch (def.type) {
    case 'string':
      return { type: isDate(inner) ? 'date' : 'string' };
    case 'number':
    case 'boolean':
      return { type: def.type };
    case 'enum':
      return { type: 'enum', options: Object.values(def.entries ?? {}) };
    case 'array': {
      const item = def.element ? defOf(unwrap(def.element)).type : '';
      if (item === 'string' || item === 'enum') return { type: 'list', of: { type: 'string' } };
      if (item === 'number') return { type: 'list', of: { type: 'number' } };
      return { type: 'json' };
    }
    default:
      // Objects, records, unions: Contentlayer keeps them as they are; zod checks their inside.
      return { type: 'json' };
  }
}

/** The Contentlayer fields of a zod object schema: kind, required unless optional or nullable, description. */
export function contentlayerFields(schema: z.ZodType): Record<string, FieldDef> {
  return Object.fromEntries(
    Object.entries(fieldsOf(schema)).map(([name, field]) => {
      const description = descriptionOf(field);
      return [name, { ...kindOf(field), required: !mayBeEmpty(field), ...(description ? { description } : {}) } as FieldDef];
    }),
  );
}
