import { allFacts, allHelpResources, allPages, allPressReleases, allStories } from 'contentlayer/generated';
import type { Locale } from '@/i18n/routing';
import { pageSchema, storySchema } from './schemas/page';
import { factSchema, type Fact } from './schemas/fact';
import { helpSchema, type HelpResource } from './schemas/help';
import { pressSchema } from './schemas/press';
import { docProblems, throwOnProblems } from './validate';

export type Doc = (typeof allPages)[number] | (typeof allStories)[number] | (typeof allPressReleases)[number];

const pageComputed = ['url', 'factIds'] as const;

// Every document is checked again with zod when the site is built: contentlayer does not check enum
// values or limits, and a bad document must stop the build with its file name and field.
function validate(): void {
  throwOnProblems({ nl: 'De inhoud heeft', en: 'The content has' }, [
    ...docProblems(pageSchema, allPages, pageComputed),
    ...docProblems(storySchema, allStories, pageComputed),
    ...docProblems(pressSchema, allPressReleases, pageComputed),
    ...docProblems(factSchema, allFacts),
    ...docProblems(helpSchema, allHelpResources),
  ]);
}
validate();

// Drafts and pages with a publish date or embargo in the future exist only in `npm run dev`:
// every file of a static export is public once deployed.
export const showUnpublished = process.env.NODE_ENV !== 'production';

export function isPublished(doc: { draft?: boolean; publishedAt?: string; embargo?: string }, now = new Date()): boolean {
  if (doc.draft) return false;
  const from = doc.publishedAt ?? doc.embargo;
  return !from || new Date(from) <= now;
}

const visible = <T extends { draft?: boolean; publishedAt?: string; embargo?: string }>(docs: T[]) =>
  showUnpublished ? docs : docs.filter((doc) => isPublished(doc));

export const pages = visible(allPages);
export const stories = visible(allStories);
export const pressReleases = visible(allPressReleases);
export const allDocs: Doc[] = [...pages, ...stories, ...pressReleases];

export function docsIn(locale: Locale): Doc[] {
  return allDocs.filter((doc) => doc.locale === locale);
}

export function findDoc(locale: Locale, slug: string): Doc | undefined {
  return allDocs.find((doc) => doc.locale === locale && doc.slug === slug);
}

export function findByKey(locale: Locale, translationKey: string): Doc | undefined {
  return allDocs.find((doc) => doc.locale === locale && doc.translationKey === translationKey);
}

/** The same page in the other language; falls back to that language's home page. */
export function twinUrl(doc: Pick<Doc, 'translationKey'>, locale: Locale): string {
  return findByKey(locale, doc.translationKey)?.url ?? `/${locale}/`;
}

const factsById = new Map<string, Fact>(allFacts.map((fact) => [fact.id, fact as unknown as Fact]));
const helpById = new Map<string, HelpResource>(allHelpResources.map((item) => [item.id, item as unknown as HelpResource]));

export const facts: Fact[] = [...factsById.values()].sort((a, b) => a.id.localeCompare(b.id));
export const helpResources: HelpResource[] = [...helpById.values()];

export function getFact(id: string): Fact {
  const fact = factsById.get(id);
  if (!fact) throw new Error(`Unknown fact id "${id}": there is no content/facts/${id}.yaml. Run npm run content:check.`);
  return fact;
}

export function getHelp(id: string): HelpResource {
  const item = helpById.get(id);
  if (!item) throw new Error(`Unknown help resource id "${id}": there is no content/help/${id}.yaml. Run npm run content:check.`);
  return item;
}
