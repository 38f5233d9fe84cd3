import type { allPressReleases } from 'contentlayer/generated';
import type { Locale } from '@/i18n/routing';
import { pressReleases } from './index';
import { readContacts } from './registries';
import type { Contact } from './schemas/contact';

export type Release = (typeof allPressReleases)[number];

export const contacts: Contact[] = readContacts();

export function getContact(id: string): Contact {
  const contact = contacts.find((item) => item.id === id);
  if (!contact) throw new Error(`Unknown press contact "${id}": add it to content/press/contacts.yaml or fix the release's contact field. Run npm run content:check.`);
  return contact;
}

/** The published releases of one language, newest first. */
export function releasesIn(locale: Locale): Release[] {
  return pressReleases.filter((release) => release.locale === locale).sort((a, b) => Date.parse(b.date) - Date.parse(a.date));
}

export const isRelease = (doc: { type: string }): doc is Release => doc.type === 'PressRelease';

// A release without background notes or with an unknown contact stops the build, as the content check does.
for (const release of pressReleases) {
  getContact(release.contact);
  if (!release.body.raw.includes('<EditorNotes')) {
    throw new Error(`content/${release._raw.sourceFilePath} has no background notes: add <EditorNotes>…</EditorNotes> at the end. Run npm run content:check.`);
  }
}
