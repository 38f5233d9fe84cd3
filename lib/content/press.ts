import type { allPressReleases } from 'contentlayer/generated';
import type { Locale } from '@/i18n/routing';
import { pressReleases } from './index';
import { mdxUses } from './mdx-tree';
import { readContacts } from './registries';
import type { Contact } from './schemas/contact';
import { editorNotesProblems } from './rules';
import { contactIdsOf } from './schemas/press';
import { throwOnProblems } from './validate';

export type Release = (typeof allPressReleases)[number];

export const contacts: Contact[] = readContacts();

export function getContact(id: string): Contact {
  const contact = contacts.find((item) => item.id === id);
  if (!contact) throw new Error(`Unknown press contact "${id}": add it to content/press/contacts.yaml or fix the release's contact field. Run npm run content:check.`);
  return contact;
}

/** The press offices a release names, in the order it names them. */
export const contactsOf = (release: Pick<Release, 'contact'>): Contact[] => contactIdsOf(release.contact).map(getContact);

/** A release's date as a timestamp: a day alone counts as its start (UTC), for sorting and feeds. */
export const releaseTime = (release: Pick<Release, 'date'>): number => Date.parse(release.date);

/** True when the release states only a day: then no page shows a time for it. */
export const isDayOnly = (date: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(date);

/** The published releases of one language, newest first. */
export function releasesIn(locale: Locale): Release[] {
  return pressReleases.filter((release) => release.locale === locale).sort((a, b) => releaseTime(b) - releaseTime(a));
}

export const isRelease = (doc: { type: string }): doc is Release => doc.type === 'PressRelease';

// A release without background notes or with an unknown contact stops the build, as the content check does.
for (const release of pressReleases) {
  if (contactsOf(release).length === 0) throw new Error(`content/${release._raw.sourceFilePath} names no press contact. Run npm run content:check.`);
  // The components the release's MDX writes, read from its syntax tree (not from code blocks or comments).
  const tags = mdxUses(release.body.raw).components;
  throwOnProblems({ nl: `content/${release._raw.sourceFilePath} heeft`, en: `content/${release._raw.sourceFilePath} has` }, editorNotesProblems(`content/${release._raw.sourceFilePath}`, tags));
}
