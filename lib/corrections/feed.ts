import type { Locale } from '@/i18n/routing';
import { findByKey } from '@/lib/content';
import { correctionHref, corrections } from '@/lib/content/corrections';
import { translator } from '@/lib/i18n/translator';
import { atomDocument, iso } from '@/lib/atom';
import { escapeXml } from '@/lib/xml';
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
  const entries = corrections.map((entry) => {
    const url = absolute(correctionHref(locale, entry)!);
    const summary = `${t('Corrections.wrong')}: ${entry.wrong[locale]} ${t('Corrections.now')}: ${entry.now[locale]} ${t('Corrections.why')}: ${entry.why[locale]}`;
    return [
      '  <entry>',
      `    <id>${escapeXml(url)}</id>`,
      `    <title>${escapeXml(entry.title[locale])}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>`,
      `    <published>${iso(entry.date)}</published>`,
      `    <updated>${iso(entry.date)}</updated>`,
      `    <summary>${escapeXml(summary)}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  return atomDocument({
    locale,
    pageUrl: page.url,
    feedUrl: correctionsFeedPath(locale),
    title: t('CorrectionsFeed.title'),
    subtitle: t('CorrectionsFeed.subtitle'),
    newest: corrections[0]?.date,
    entries,
  });
}
