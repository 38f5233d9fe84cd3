import type { Locale } from '@/i18n/routing';
import type { Doc } from '@/lib/content';
import { isRelease } from '@/lib/content/press';
import { translator } from '@/lib/i18n/translator';
import { kitFiles } from '@/lib/press/kit';
import { shareImagePath } from '@/lib/share-image';
import { absolute, siteUrl } from '@/lib/site';

// schema.org data as JSON-LD: who publishes the site (Organization), the site itself (WebSite),
// and for press releases a NewsArticle, so search engines and news tools read them right.
const orgId = `${siteUrl}/#organisation`;
const siteId = `${siteUrl}/#website`;

export function structuredData(doc: Doc, locale: Locale): object {
  const t = translator(locale);
  const organisation = {
    '@type': 'Organization',
    '@id': orgId,
    name: t('Site.name'),
    url: absolute(`/${locale}/`),
    logo: { '@type': 'ImageObject', url: absolute(kitFiles(locale, 'logo').web), width: 1200, height: 400 },
    parentOrganization: [
      { '@type': 'GovernmentOrganization', name: t('Organisation.vws') },
      { '@type': 'GovernmentOrganization', name: t('Organisation.jenv') },
    ],
  };
  const website = {
    '@type': 'WebSite',
    '@id': siteId,
    name: t('Site.name'),
    url: absolute(`/${locale}/`),
    inLanguage: locale,
    publisher: { '@id': orgId },
  };
  const graph: object[] = [organisation, website];
  if (isRelease(doc)) {
    graph.push({
      '@type': 'NewsArticle',
      '@id': `${absolute(doc.url)}#article`,
      mainEntityOfPage: absolute(doc.url),
      headline: doc.title,
      description: doc.summary,
      inLanguage: locale,
      datePublished: doc.date,
      dateModified: doc.date,
      image: [absolute(shareImagePath(doc))],
      // Our summary of an announcement, or our own news: the site's organisation wrote it; an
      // announcement points to the government's original.
      author: { '@id': orgId },
      ...(doc.original ? { isBasedOn: doc.original } : {}),
      publisher: { '@id': orgId },
      isPartOf: { '@id': siteId },
    });
  }
  return { '@context': 'https://schema.org', '@graph': graph };
}
