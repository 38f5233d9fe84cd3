import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pageUrl } from '@/lib/content/paths';
import { contactsFile, redirectsFile } from '@/lib/content/registries';
import { contactsSchema } from '@/lib/content/schemas/contact';
import { contactIdsOf } from '@/lib/content/schemas/press';
import { editorNotesProblems, redirectProblems } from '@/lib/content/rules';
import { redirectsSchema, type Redirect } from '@/lib/content/schemas/redirect';
import type { Problem } from '@/lib/content/validate';
import { checkSchema } from './schema';
import { didYouMean } from './suggest';
import { locales, type Content } from './types';
import { parseYaml } from './yaml';
import { join } from './lang';

function readYaml(root: string, file: string): { data?: unknown; problems: Problem[]; exists: boolean } {
  const full = path.join(root, file);
  if (!existsSync(full)) return { problems: [], exists: false };
  const parsed = parseYaml(file, readFileSync(full, 'utf8'));
  return { data: parsed.data, problems: parsed.problem ? [parsed.problem] : [], exists: true };
}

/** Every release names a known press contact and has background notes; contacts.yaml is valid. */
function checkReleases(content: Content): Problem[] {
  const { data, problems, exists } = readYaml(content.root, contactsFile);
  if (exists && problems.length === 0) problems.push(...checkSchema(contactsFile, contactsSchema, data ?? {}, []));
  const ids = data && typeof data === 'object' ? Object.keys(data) : [];
  for (const doc of content.docs.filter((item) => item.kind === 'press' && !item.broken)) {
    for (const contact of contactIdsOf(doc.data.contact)) {
      if (ids.includes(contact)) continue;
      const where = exists
        ? {
            nl: `${contactsFile} heeft: ${ids.join(', ') || 'geen contacten'}`,
            en: `${contactsFile} has: ${ids.join(', ') || 'no contacts'}`,
          }
        : { nl: `${contactsFile} bestaat niet`, en: `${contactsFile} does not exist` };
      problems.push({
        file: doc.file,
        field: 'contact',
        message: {
          nl: `het perscontact "${contact}" is onbekend (${where.nl})`,
          en: `the press contact "${contact}" is unknown (${where.en})`,
        },
        fix: join(
          {
            nl: `gebruik een van de ids in ${contactsFile}, of zet het contact daar.`,
            en: `use one of the ids in ${contactsFile}, or add the contact there.`,
          },
          didYouMean(contact, ids),
        ),
      });
    }
    problems.push(
      ...editorNotesProblems(
        doc.file,
        doc.elements.map((tag) => tag.name),
      ),
    );
  }
  return problems;
}

/** Redirects: valid paths, each old URL once, no old URL that is still a page, and a target that exists. */
function checkRedirects(content: Content): Problem[] {
  const { data, problems, exists } = readYaml(content.root, redirectsFile);
  if (!exists || problems.length > 0) return problems;
  const list = data ?? [];
  const schemaProblems = checkSchema(redirectsFile, redirectsSchema, list, []);
  if (schemaProblems.length > 0) return schemaProblems;
  const pages = new Set(
    content.docs
      .filter((doc) => (locales as readonly string[]).includes(String(doc.data.locale)) && typeof doc.data.slug === 'string')
      .map((doc) => pageUrl(String(doc.data.locale), String(doc.data.slug))),
  );
  // A file (like /nl/feiten/feiten.csv) is made by the build: only the build can tell whether it exists.
  return redirectProblems(redirectsFile, list as Redirect[], {
    isPage: (url) => pages.has(url),
    exists: (url) => (url.endsWith('/') ? pages.has(url) : undefined),
    near: (url) => didYouMean(url, pages, (s) => s),
  });
}

export function checkPress(content: Content): Problem[] {
  return [...checkReleases(content), ...checkRedirects(content)];
}
