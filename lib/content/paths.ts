import { factProps } from './schemas/components';

// URL helpers shared by the content layer, the pages and the checks. Every URL ends in a slash,
// matching `trailingSlash: true`, so a link never depends on a host's redirect.
export function pageUrl(locale: string, slug: string): string {
  return slug === '' ? `/${locale}/` : `/${locale}/${slug}/`;
}

// The fact ids a page uses, in order of first use: the source notes are numbered in this order.
const FACT_ATTR = new RegExp(`<(?:${Object.keys(factProps).join('|')})\\b[^>]*?\\b(?:id|fact)="([^"]+)"`, 'g');

export function factIdsIn(mdx: string): string[] {
  const ids = [...mdx.matchAll(FACT_ATTR)].map((match) => match[1]);
  return [...new Set(ids)];
}
