import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { isLocale, type Locale } from '@/i18n/routing';
import { NotFoundView } from '@/components/site/NotFoundView';
import { Gallery } from '@/components/site/Gallery';
import { PageView } from '@/components/site/PageView';
import { SiteFrame } from '@/components/site/SiteFrame';
import { docsIn, findByKey, findDoc, showUnpublished } from '@/lib/content';
import { translator } from '@/lib/i18n/translator';
import { docMetadata, notFoundMetadata } from '@/lib/metadata';
import { otherLocale } from '@/lib/site';

type Props = { params: Promise<{ locale: string; slug: string[] }> };

// Each language has its own 404 page (out/nl/404/, out/en/404/) for hosts that serve one per folder.
const NOT_FOUND_SLUG = '404';
// The component gallery for editors exists only in `npm run dev`, never in the published site.
const GALLERY_SLUG = 'componenten';

export const dynamicParams = false;

export async function generateStaticParams({ params }: { params: { locale: string } }) {
  const slugs = docsIn(params.locale as Locale).filter((doc) => doc.slug !== '').map((doc) => doc.slug.split('/'));
  return [...slugs, [NOT_FOUND_SLUG], ...(showUnpublished ? [[GALLERY_SLUG]] : [])].map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  if (!isLocale(locale)) return {};
  const doc = findDoc(locale, slug.join('/'));
  if (!doc && slug.join('/') === GALLERY_SLUG) return { title: translator(locale)('Gallery.title'), robots: { index: false } };
  return doc ? docMetadata(doc, locale) : notFoundMetadata(locale);
}

export default async function ContentPage({ params }: Props) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const doc = findDoc(locale, slug.join('/'));
  if (doc) return <PageView doc={doc} locale={locale} />;
  const t = translator(locale);
  if (showUnpublished && slug.join('/') === GALLERY_SLUG) {
    return (
      <SiteFrame locale={locale} t={t} twinHref={`/${otherLocale(locale)}/${GALLERY_SLUG}/`}>
        <Gallery locale={locale} />
      </SiteFrame>
    );
  }
  if (slug.join('/') !== NOT_FOUND_SLUG) notFound();
  return (
    <SiteFrame locale={locale} t={t} twinHref={`/${otherLocale(locale)}/${NOT_FOUND_SLUG}/`}>
      <NotFoundView locale={locale} t={t} homeHref={`/${locale}/`} allPagesHref={findByKey(locale, 'sitemap')?.url} />
    </SiteFrame>
  );
}
