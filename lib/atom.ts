import type { Locale } from '@/i18n/routing';
import { translator } from '@/lib/i18n/translator';
import { absolute } from '@/lib/site';

// The Atom 1.0 envelope (RFC 4287) that the press feed and the corrections feed share.

export const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
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
    `  <id>${escape(absolute(pageUrl))}</id>`,
    `  <title>${escape(title)}</title>`,
    `  <subtitle>${escape(subtitle)}</subtitle>`,
    `  <link rel="self" type="application/atom+xml" href="${escape(absolute(feedUrl))}"/>`,
    `  <link rel="alternate" type="text/html" href="${escape(absolute(pageUrl))}"/>`,
    `  <updated>${newest ? iso(newest) : new Date(0).toISOString()}</updated>`,
    `  <author><name>${escape(t('Site.name'))}</name><uri>${escape(absolute(`/${locale}/`))}</uri></author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
