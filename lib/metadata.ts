import type { Metadata } from 'next';
import type { Locale } from '@/i18n/routing';
import { findByKey, type Doc } from '@/lib/content';
import { translator } from '@/lib/i18n/translator';
import { absolute, otherLocale, siteUrl } from '@/lib/site';

/** Title, description, canonical URL and hreflang alternates of one page. */
export function docMetadata(doc: Doc, locale: Locale): Metadata {
  const t = translator(locale);
  const twin = findByKey(otherLocale(locale), doc.translationKey);
  const nl = locale === 'nl' ? doc.url : twin?.url;
  const description = 'description' in doc && doc.description ? doc.description : (doc as { summary: string }).summary;
  const title = doc.slug === '' ? `${t('Site.name')}: ${t('Site.tagline')}` : `${doc.title} | ${t('Site.name')}`;
  return {
    metadataBase: new URL(siteUrl),
    title,
    description,
    alternates: {
      canonical: absolute(doc.url),
      languages: {
        [locale]: absolute(doc.url),
        ...(twin ? { [twin.locale]: absolute(twin.url) } : {}),
        ...(nl ? { 'x-default': absolute(nl) } : {}),
      },
    },
    openGraph: { type: 'website', url: absolute(doc.url), title, description, siteName: t('Site.name'), locale: locale === 'nl' ? 'nl_NL' : 'en_GB' },
    twitter: { card: 'summary_large_image', title, description },
  };
}

export function notFoundMetadata(locale: Locale): Metadata {
  const t = translator(locale);
  return { title: `${t('NotFound.title')} | ${t('Site.name')}`, description: t('NotFound.description'), robots: { index: false } };
}
