import type { Metadata } from 'next';
import { routing, type Locale } from '@/i18n/routing';
import { findByKey, type Doc } from '@/lib/content';
import { isRelease } from '@/lib/content/press';
import { translator } from '@/lib/i18n/translator';
import { feedPath } from '@/lib/press/feed';
import { correctionsFeedPath } from '@/lib/corrections/feed';
import { shareCardSize, shareImagePath } from '@/lib/share-image';
import { absolute, otherLocale, siteUrl } from '@/lib/site';

const ogLocales: Record<Locale, string> = { nl: 'nl_NL', en: 'en_GB' };
const ogLocale = (locale: Locale) => ogLocales[locale];

/** The page's own `<title>`: the home page leads with the campaign name, every other page ends with it. */
export function docTitle(doc: Doc, locale: Locale): string {
  const t = translator(locale);
  return doc.slug === '' ? `${t('Site.name')}: ${t('Site.tagline')}` : `${doc.title} | ${t('Site.name')}`;
}

/** Pages and stories have a description; a release's summary serves as one. */
export function docDescription(doc: Doc): string {
  return 'description' in doc && doc.description ? doc.description : (doc as { summary: string }).summary;
}

/** Title, description, canonical URL, hreflang alternates, link previews and the feed of one page. */
export function docMetadata(doc: Doc, locale: Locale): Metadata {
  const t = translator(locale);
  const twin = findByKey(otherLocale(locale), doc.translationKey);
  const defaultUrl = locale === routing.defaultLocale ? doc.url : twin?.url;
  const title = docTitle(doc, locale);
  const description = docDescription(doc);
  const image = { url: absolute(shareImagePath(doc)), ...shareCardSize, alt: doc.title, type: 'image/png' };
  const article = isRelease(doc) ? { type: 'article' as const, publishedTime: doc.date } : { type: 'website' as const };
  return {
    metadataBase: new URL(siteUrl),
    title,
    description,
    alternates: {
      canonical: absolute(doc.url),
      languages: {
        [locale]: absolute(doc.url),
        ...(twin ? { [twin.locale]: absolute(twin.url) } : {}),
        ...(defaultUrl ? { 'x-default': absolute(defaultUrl) } : {}),
      },
      // Feed readers find the press releases from any page of the language.
      // The corrections page also offers its own feed.
      types: {
        'application/atom+xml': [
          { url: absolute(feedPath(locale)), title: t('Feed.title') },
          ...(doc.translationKey === 'corrections'
            ? [{ url: absolute(correctionsFeedPath(locale)), title: t('CorrectionsFeed.title') }]
            : []),
        ],
      },
    },
    openGraph: {
      ...article,
      url: absolute(doc.url),
      title,
      description,
      siteName: t('Site.name'),
      locale: ogLocale(locale),
      alternateLocale: twin ? [ogLocale(twin.locale as Locale)] : undefined,
      images: [image],
    },
    twitter: { card: 'summary_large_image', title, description, images: [{ url: image.url, alt: image.alt }] },
  };
}

export function notFoundMetadata(locale: Locale): Metadata {
  const t = translator(locale);
  return { title: `${t('NotFound.title')} | ${t('Site.name')}`, description: t('NotFound.description'), robots: { index: false } };
}
