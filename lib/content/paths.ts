// URL helpers shared by the content layer, the pages and the checks. Every URL ends in a slash,
// matching `trailingSlash: true`, so a link never depends on a host's redirect.
export function pageUrl(locale: string, slug: string): string {
  return slug === '' ? `/${locale}/` : `/${locale}/${slug}/`;
}
