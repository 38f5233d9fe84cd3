import type { Locale } from '@/i18n/routing';
import { localeTag } from '@/lib/format';

const dateFormat = (locale: Locale, parts: number) =>
  new Intl.DateTimeFormat(localeTag[locale], {
    timeZone: 'UTC',
    year: 'numeric',
    ...(parts > 1 ? { month: 'long' } : {}),
    ...(parts > 2 ? { day: 'numeric' } : {}),
  });

/** A date like 2026-11-01 in words, in the page's language. */
export function formatDate(iso: string, locale: Locale): string {
  return dateFormat(locale, 3).format(new Date(iso));
}

/**
 * When a source was published, for readers. The registry keeps the researcher's note as written
 * (for example "2024 (mid-year)" or "undated in excerpt"); readers see only the date part of it.
 */
export function publishedLabel(published: string, locale: Locale, undated: string): string {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(published);
  if (!match) return undated;
  const parts = match.slice(1).filter(Boolean).length;
  return dateFormat(locale, parts).format(new Date(`${match[1]}-${match[2] ?? '01'}-${match[3] ?? '01'}T00:00:00Z`));
}
