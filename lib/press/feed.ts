import type { Locale } from '@/i18n/routing';
import { findByKey } from '@/lib/content';
import { releasesIn } from '@/lib/content/press';
import { atomDocument, iso } from '@/lib/atom';
import { escapeXml } from '@/lib/xml';
import { translator } from '@/lib/i18n/translator';
import { absolute } from '@/lib/site';

/** Each language's Atom feed sits in its press room: /nl/pers/feed.xml. */
export function feedPath(locale: Locale): string {
  const room = findByKey(locale, 'press');
  if (!room) throw new Error(`There is no ${locale} press page (translationKey: press), so the feed has no home.`);
  return `${room.url}feed.xml`;
}

/** The Atom 1.0 feed (RFC 4287) of one language's press releases, newest first. */
export function atomFeed(locale: Locale): string {
  const t = translator(locale);
  const room = findByKey(locale, 'press')!;
  const releases = releasesIn(locale);
  const entries = releases.map((release) => {
    const kind = release.kind === 'announcement' ? t('PressRelease.kindAnnouncement') : t('PressRelease.kindSiteNews');
    return [
      '  <entry>',
      `    <id>${escapeXml(absolute(release.url))}</id>`,
      `    <title>${escapeXml(release.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(absolute(release.url))}"/>`,
      ...(release.original ? [`    <link rel="related" type="text/html" hreflang="nl" href="${escapeXml(release.original)}"/>`] : []),
      `    <category term="${release.kind}" label="${escapeXml(kind)}"/>`,
      `    <published>${iso(release.date)}</published>`,
      `    <updated>${iso(release.date)}</updated>`,
      `    <summary>${escapeXml(release.summary)}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  return atomDocument({
    locale,
    pageUrl: room.url,
    feedUrl: feedPath(locale),
    title: t('Feed.title'),
    subtitle: t('Feed.subtitle'),
    newest: releases[0]?.date,
    entries,
  });
}
