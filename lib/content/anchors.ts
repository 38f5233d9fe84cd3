import type { Locale } from '@/i18n/routing';

// Ids that page-level widgets put on their page, so editors can link to them
// (/nl/pers/#perskit). The link check reads this list too.
export const pressRoomIds = {
  nl: { releases: 'persberichten', kit: 'perskit', contact: 'perscontact', feed: 'feed' },
  en: { releases: 'press-releases', kit: 'press-kit', contact: 'press-contact', feed: 'feed' },
} as const satisfies Record<Locale, Record<string, string>>;

export const factSheetIds = {
  nl: { downloads: 'downloads', filter: 'filter' },
  en: { downloads: 'downloads', filter: 'filter' },
} as const satisfies Record<Locale, Record<string, string>>;

/** The ids a widget adds to a page in one language. */
export function widgetAnchors(widget: string, locale: string): string[] {
  const table: Record<string, Record<Locale, Record<string, string>>> = { PressReleases: pressRoomIds, FactSheet: factSheetIds };
  const ids = table[widget]?.[locale as Locale];
  return ids ? Object.values(ids) : [];
}
