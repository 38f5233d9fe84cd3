import type { z } from 'zod';

// Reading a schema's structure: the fields of an object, the schema at a path, a field's description.
// One walker for the friendly errors, the Contentlayer field definitions and the description test.

type Def = { type: string; innerType?: z.ZodType; shape?: Record<string, z.ZodType>; element?: z.ZodType; options?: z.ZodType[]; in?: z.ZodType; valueType?: z.ZodType };
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

const wrappers = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'nonoptional', 'catch']);

/** The schema inside optional, nullable, default and pipes: the one that says what the value is. */
export function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    const def = defOf(current);
    if (wrappers.has(def.type) && def.innerType) current = def.innerType;
    else if (def.type === 'pipe' && def.in) current = def.in;
    else return current;
  }
}

/** True when a field may be left out (optional, or has a default). */
export function isOptional(schema: z.ZodType): boolean {
  return (schema as unknown as { _zod: { optin?: string } })._zod.optin === 'optional';
}

/** The fields of an object schema (after unwrapping), or none. */
export function fieldsOf(schema: z.ZodType): Record<string, z.ZodType> {
  const def = defOf(unwrap(schema));
  return def.type === 'object' && def.shape ? def.shape : {};
}

/** The description of a field: on the field itself or on the schema it wraps. */
export function descriptionOf(schema: z.ZodType): string | undefined {
  let current: z.ZodType | undefined = schema;
  while (current) {
    if (current.description) return current.description;
    const def = defOf(current);
    current = wrappers.has(def.type) ? def.innerType : def.type === 'pipe' ? def.in : undefined;
  }
  return undefined;
}

/** The schema of the value at a path (object keys and list indexes), or undefined. */
export function schemaAt(schema: z.ZodType, path: readonly PropertyKey[]): z.ZodType | undefined {
  let current: z.ZodType | undefined = schema;
  for (const key of path) {
    if (!current) return undefined;
    const def = defOf(unwrap(current));
    if (def.type === 'object') current = def.shape?.[String(key)];
    else if (def.type === 'array') current = def.element;
    else if (def.type === 'record') current = def.valueType;
    else if (def.type === 'union') current = def.options?.map((option) => schemaAt(option, [key])).find(Boolean);
    else return undefined;
  }
  return current;
}

/** The description of the field at a path, for messages like "add date: the day …". */
export const describedAt = (schema: z.ZodType, path: readonly PropertyKey[]): string | undefined => {
  const field = schemaAt(schema, path);
  return field ? descriptionOf(field) : undefined;
};
