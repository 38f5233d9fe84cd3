import type { Locale } from '@/i18n/routing';
import { translator } from '@/lib/i18n/translator';
import { absolute } from '@/lib/site';
import { escapeXml } from '@/lib/xml';

// The Atom 1.0 envelope (RFC 4287) that the press feed and the corrections feed share.

// Atom needs a moment; an item dated by day alone is given the start of that day (UTC), the
// usual reading of a bare date. The pages themselves show only the day.
export const iso = (date: string) => new Date(date).toISOString();

type Feed = { locale: Locale; pageUrl: string; feedUrl: string; title: string; subtitle: string; newest?: string; entries: string[] };

/** The feed document around its entries: ids and links are absolute, `newest` is the date of the first entry. */
export function atomDocument({ locale, pageUrl, feedUrl, title, subtitle, newest, entries }: Feed): string {
  const t = translator(locale);
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">`,
    `  <id>${escapeXml(absolute(pageUrl))}</id>`,
    `  <title>${escapeXml(title)}</title>`,
    `  <subtitle>${escapeXml(subtitle)}</subtitle>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(absolute(feedUrl))}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(absolute(pageUrl))}"/>`,
    `  <updated>${newest ? iso(newest) : new Date(0).toISOString()}</updated>`,
    `  <author><name>${escapeXml(t('Site.name'))}</name><uri>${escapeXml(absolute(`/${locale}/`))}</uri></author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
