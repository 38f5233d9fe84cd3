import type { Locale } from '@/i18n/routing';
import { topics } from './schemas/fact';

// Ids that page-level widgets put on their page, so editors can link to them
// (/nl/pers/#perskit). The link check reads this list too.
export const pressRoomIds = {
  nl: { releases: 'persberichten', kit: 'perskit', contact: 'perscontact', feed: 'feed' },
  en: { releases: 'press-releases', kit: 'press-kit', contact: 'press-contact', feed: 'feed' },
} as const satisfies Record<Locale, Record<string, string>>;

export const correctionsPageIds = {
  nl: { entries: 'alle-correcties', feed: 'feed' },
  en: { entries: 'all-corrections', feed: 'feed' },
} as const satisfies Record<Locale, Record<string, string>>;

export const factSheetIds = {
  nl: { downloads: 'downloads' },
  en: { downloads: 'downloads' },
} as const satisfies Record<Locale, Record<string, string>>;

/** The fact sheet's section per topic: /nl/feiten/#topic-health. */
export const topicAnchor = (topic: string) => `topic-${topic}`;

/** The ids a widget adds to a page in one language. */
export function widgetAnchors(widget: string, locale: string): string[] {
  const table: Record<string, Record<Locale, Record<string, string>>> = { PressReleases: pressRoomIds, FactSheet: factSheetIds, Corrections: correctionsPageIds };
  const ids = table[widget]?.[locale as Locale];
  const extra = widget === 'FactSheet' || widget === 'PartnerKit' ? topics.map(topicAnchor) : [];
  return ids ? [...Object.values(ids), ...extra] : [];
}
