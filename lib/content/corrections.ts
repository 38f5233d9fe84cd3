import { allCorrections } from 'contentlayer/generated';
import type { Locale } from '@/i18n/routing';
import { allDocs, findByKey, getFact } from './index';
import { correctionSchema, type Correction } from './schemas/correction';
import { docProblems, throwOnProblems } from './validate';

export type { Correction } from './schemas/correction';

// Checked again when the site is built: a bad entry stops the build with its file and field
// (npm run content:check explains the same mistakes with their fix).
function load(): Correction[] {
  throwOnProblems({ nl: 'De lijst met correcties heeft', en: 'The corrections log has' }, docProblems(correctionSchema, allCorrections));
  const entries = (allCorrections as unknown as Correction[]).map((entry) => ({ ...entry, date: entry.date.slice(0, 10) }));
  for (const entry of entries) {
    for (const fact of entry.concerns.facts ?? []) getFact(fact);
    for (const key of entry.concerns.pages ?? []) {
      if (!allDocs.some((doc) => doc.translationKey === key)) throw new Error(`content/corrections/${entry.id}.yaml: no page has translationKey "${key}". Run npm run content:check.`);
    }
  }
  // Newest first; on one day, in the order of their file names.
  return entries.sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
}

export const corrections: Correction[] = load();

export const correctionsOfFact = (id: string): Correction[] => corrections.filter((entry) => entry.concerns.facts?.includes(id));
export const correctionsOfPage = (translationKey: string): Correction[] => corrections.filter((entry) => entry.concerns.pages?.includes(translationKey));

/** The entry's stable address: the corrections page of the language, anchored by the file name. */
export function correctionHref(locale: Locale, entry: Pick<Correction, 'id'>): string | undefined {
  const page = findByKey(locale, 'corrections');
  return page ? `${page.url}#${entry.id}` : undefined;
}
