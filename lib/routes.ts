import type { Locale } from '@/i18n/routing';
import { docsIn, findDoc, showUnpublished, type Doc } from '@/lib/content';

// Each language has its own 404 page (out/nl/404/, out/en/404/) for hosts that serve one per folder.
export const NOT_FOUND_SLUG = '404';
// The component gallery for editors exists only in `npm run dev`, never in the published site.
export const GALLERY_SLUG = 'componenten';

export type Route = { kind: 'doc'; doc: Doc } | { kind: 'gallery' } | { kind: 'notFound' };

/** Every path under /<locale>/ that the static export writes, home excluded. */
export function staticSlugs(locale: Locale): string[][] {
  const docs = docsIn(locale).filter((doc) => doc.slug !== '').map((doc) => doc.slug.split('/'));
  return [...docs, [NOT_FOUND_SLUG], ...(showUnpublished ? [[GALLERY_SLUG]] : [])];
}

/** What a path shows; undefined for a path that does not exist. */
export function resolveRoute(locale: Locale, slug: string[]): Route | undefined {
  const path = slug.join('/');
  const doc = findDoc(locale, path);
  if (doc) return { kind: 'doc', doc };
  if (path === GALLERY_SLUG && showUnpublished) return { kind: 'gallery' };
  if (path === NOT_FOUND_SLUG) return { kind: 'notFound' };
  return undefined;
}
