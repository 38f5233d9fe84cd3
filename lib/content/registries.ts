import { readFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import type { z } from 'zod';
import { contactsSchema, type Contact } from './schemas/contact';
import { redirectsSchema, type Redirect } from './schemas/redirect';
import { schemaProblems, throwOnProblems } from './validate';

// Two small registries that are one file each, so contentlayer skips them (contentDirExclude)
// and they are read here. `npm run content:check` explains their mistakes; this stops the build.
export const contactsFile = 'content/press/contacts.yaml';
export const redirectsFile = 'content/redirects.yaml';

function readRegistry<S extends z.ZodType>(file: string, schema: S, empty: unknown, root = process.cwd()): z.infer<S> {
  // A file with only comments parses as null: that is an empty registry, not a mistake.
  const data: unknown = YAML.parse(readFileSync(path.join(root, file), 'utf8')) ?? empty;
  throwOnProblems({ nl: `${file} heeft`, en: `${file} has` }, schemaProblems(file, schema, data));
  return schema.parse(data);
}

export function readContacts(root?: string): Contact[] {
  return Object.entries(readRegistry(contactsFile, contactsSchema, {}, root)).map(([id, contact]) => ({ id, ...contact }));
}

export function readRedirects(root?: string): Redirect[] {
  return readRegistry(redirectsFile, redirectsSchema, [], root);
}
