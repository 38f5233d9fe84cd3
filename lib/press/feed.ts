import type { Locale } from '@/i18n/routing';
import { findByKey } from '@/lib/content';
import { releasesIn } from '@/lib/content/press';
import { translator } from '@/lib/i18n/translator';
import { absolute } from '@/lib/site';

/** Each language's Atom feed sits in its press room: /nl/pers/feed.xml. */
export function feedPath(locale: Locale): string {
  const room = findByKey(locale, 'press');
  if (!room) throw new Error(`There is no ${locale} press page (translationKey: press), so the feed has no home.`);
  return `${room.url}feed.xml`;
}

export const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
// Atom needs a moment; a release dated by day alone is given the start of that day (UTC), the
// usual reading of a bare date. The pages themselves show only the day.
export const iso = (date: string) => new Date(date).toISOString();

/** The Atom 1.0 feed (RFC 4287) of one language's press releases, newest first. */
export function atomFeed(locale: Locale): string {
  const t = translator(locale);
  const room = findByKey(locale, 'press')!;
  const releases = releasesIn(locale);
  const updated = releases[0] ? iso(releases[0].date) : new Date(0).toISOString();
  const entries = releases.map((release) => {
    const kind = release.kind === 'announcement' ? t('PressRelease.kindAnnouncement') : t('PressRelease.kindSiteNews');
    return [
      '  <entry>',
      `    <id>${escape(absolute(release.url))}</id>`,
      `    <title>${escape(release.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escape(absolute(release.url))}"/>`,
      ...(release.original ? [`    <link rel="related" type="text/html" hreflang="nl" href="${escape(release.original)}"/>`] : []),
      `    <category term="${release.kind}" label="${escape(kind)}"/>`,
      `    <published>${iso(release.date)}</published>`,
      `    <updated>${iso(release.date)}</updated>`,
      `    <summary>${escape(release.summary)}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">`,
    `  <id>${escape(absolute(room.url))}</id>`,
    `  <title>${escape(t('Feed.title'))}</title>`,
    `  <subtitle>${escape(t('Feed.subtitle'))}</subtitle>`,
    `  <link rel="self" type="application/atom+xml" href="${escape(absolute(feedPath(locale)))}"/>`,
    `  <link rel="alternate" type="text/html" href="${escape(absolute(room.url))}"/>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${escape(t('Site.name'))}</name><uri>${escape(absolute(`/${locale}/`))}</uri></author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
