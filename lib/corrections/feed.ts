import type { Locale } from '@/i18n/routing';
import { findByKey } from '@/lib/content';
import { correctionHref, corrections } from '@/lib/content/corrections';
import { translator } from '@/lib/i18n/translator';
import { escape, iso } from '@/lib/press/feed';
import { absolute } from '@/lib/site';

/** Each language's corrections feed sits on its corrections page: /nl/correcties/feed.xml. */
export function correctionsFeedPath(locale: Locale): string {
  const page = findByKey(locale, 'corrections');
  if (!page) throw new Error(`There is no ${locale} corrections page (translationKey: corrections), so its feed has no home.`);
  return `${page.url}feed.xml`;
}

/** The Atom 1.0 feed (RFC 4287) of one language's corrections, newest first; built like the press feed. */
export function correctionsFeed(locale: Locale): string {
  const t = translator(locale);
  const page = findByKey(locale, 'corrections')!;
  const updated = corrections[0] ? iso(corrections[0].date) : new Date(0).toISOString();
  const entries = corrections.map((entry) => {
    const url = absolute(correctionHref(locale, entry)!);
    const summary = `${t('Corrections.wrong')}: ${entry.wrong[locale]} ${t('Corrections.now')}: ${entry.now[locale]} ${t('Corrections.why')}: ${entry.why[locale]}`;
    return [
      '  <entry>',
      `    <id>${escape(url)}</id>`,
      `    <title>${escape(entry.title[locale])}</title>`,
      `    <link rel="alternate" type="text/html" href="${escape(url)}"/>`,
      `    <published>${iso(entry.date)}</published>`,
      `    <updated>${iso(entry.date)}</updated>`,
      `    <summary>${escape(summary)}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">`,
    `  <id>${escape(absolute(page.url))}</id>`,
    `  <title>${escape(t('CorrectionsFeed.title'))}</title>`,
    `  <subtitle>${escape(t('CorrectionsFeed.subtitle'))}</subtitle>`,
    `  <link rel="self" type="application/atom+xml" href="${escape(absolute(correctionsFeedPath(locale)))}"/>`,
    `  <link rel="alternate" type="text/html" href="${escape(absolute(page.url))}"/>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${escape(t('Site.name'))}</name><uri>${escape(absolute(`/${locale}/`))}</uri></author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
