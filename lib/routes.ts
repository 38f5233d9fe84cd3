import type { Locale } from '@/i18n/routing';
import { docsIn, findDoc, showUnpublished, type Doc } from '@/lib/content';

// Each language has its own 404 page (out/nl/404/, out/en/404/) for hosts that serve one per folder.
export const NOT_FOUND_SLUG = '404';
// The component gallery for editors exists only in `npm run dev`, never in the published site:
// /nl/componenten/ and /en/components/.
export const GALLERY_SLUGS: Record<Locale, string> = { nl: 'componenten', en: 'components' };
// So does the fact-checkers' review of each page: /nl/gezondheid/ is reviewed at /nl/review/gezondheid/.
export const REVIEW_SLUG = 'review';

export type Route = { kind: 'doc'; doc: Doc } | { kind: 'gallery' } | { kind: 'review'; doc: Doc } | { kind: 'notFound' };

/** Every path under /<locale>/ that the static export writes, home excluded. */
export function staticSlugs(locale: Locale): string[][] {
  const docs = docsIn(locale)
    .filter((doc) => doc.slug !== '')
    .map((doc) => doc.slug.split('/'));
  const review = docsIn(locale).map((doc) => [REVIEW_SLUG, ...doc.slug.split('/').filter(Boolean)]);
  return [...docs, [NOT_FOUND_SLUG], ...(showUnpublished ? [[GALLERY_SLUGS[locale]], ...review] : [])];
}

/** What a path shows; undefined for a path that does not exist. */
export function resolveRoute(locale: Locale, slug: string[]): Route | undefined {
  const path = slug.join('/');
  const doc = findDoc(locale, path);
  if (doc) return { kind: 'doc', doc };
  if (path === GALLERY_SLUGS[locale] && showUnpublished) return { kind: 'gallery' };
  if (slug[0] === REVIEW_SLUG && showUnpublished) {
    const reviewed = findDoc(locale, slug.slice(1).join('/'));
    if (reviewed) return { kind: 'review', doc: reviewed };
  }
  if (path === NOT_FOUND_SLUG) return { kind: 'notFound' };
  return undefined;
}
