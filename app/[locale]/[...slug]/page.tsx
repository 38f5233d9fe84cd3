import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { isLocale, type Locale } from '@/i18n/routing';
import { Gallery } from '@/components/site/Gallery';
import { NotFoundView } from '@/components/site/NotFoundView';
import { PageView } from '@/components/site/PageView';
import { ReviewView } from '@/components/review/ReviewView';
import { reviewUrl } from '@/lib/review/page';
import { SiteFrame } from '@/components/site/SiteFrame';
import { findByKey } from '@/lib/content';
import type { Translate } from '@/lib/i18n/translator';
import { docMetadata, notFoundMetadata } from '@/lib/metadata';
import { GALLERY_SLUGS, resolveRoute, staticSlugs, type Route } from '@/lib/routes';
import { otherLocale } from '@/lib/site';

type Props = { params: Promise<{ locale: string; slug: string[] }> };

export const dynamicParams = false;

export async function generateStaticParams({ params }: { params: { locale: string } }) {
  return staticSlugs(params.locale as Locale).map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const route = isLocale(locale) ? resolveRoute(locale, slug) : undefined;
  if (!route || !isLocale(locale)) return {};
  if (route.kind === 'doc') return docMetadata(route.doc, locale);
  const t = await getTranslations({ locale });
  if (route.kind === 'gallery') return { title: t('Gallery.title'), robots: { index: false } };
  if (route.kind === 'review') return { title: t('Review.title', { title: route.doc.title }), robots: { index: false } };
  return notFoundMetadata(locale);
}

export default async function ContentPage({ params }: Props) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const route = resolveRoute(locale, slug);
  // `npm run dev` only: a mistake in the page's files shows in the browser, not just in the terminal.
  if (process.env.NODE_ENV === 'development') {
    const { devPreview } = await import('@/components/site/DevProblems');
    const doc = route?.kind === 'doc' || route?.kind === 'review' ? route.doc : undefined;
    const { replace, above } = devPreview(locale, { doc, gallery: route?.kind === 'gallery', slug: slug.join('/') });
    if (replace) return replace;
    if (above)
      return (
        <>
          {above}
          {await routeView(locale, slug, route)}
        </>
      );
  }
  return routeView(locale, slug, route);
}

async function routeView(locale: Locale, slug: string[], route: Route | undefined) {
  if (!route) notFound();
  if (route.kind === 'doc') return <PageView doc={route.doc} locale={locale} />;
  const t: Translate = await getTranslations();
  const twin = route.kind === 'review' ? findByKey(otherLocale(locale), route.doc.translationKey) : undefined;
  const twinHref = twin
    ? reviewUrl(twin)
    : route.kind === 'gallery'
      ? `/${otherLocale(locale)}/${GALLERY_SLUGS[otherLocale(locale)]}/`
      : `/${otherLocale(locale)}/${slug.join('/')}/`;
  return (
    <SiteFrame locale={locale} t={t} twinHref={twinHref}>
      {route.kind === 'gallery' ? (
        <Gallery locale={locale} />
      ) : route.kind === 'review' ? (
        <ReviewView doc={route.doc} locale={locale} withIndex={route.doc.slug === ''} />
      ) : (
        <NotFoundView locale={locale} t={t} homeHref={`/${locale}/`} allPagesHref={findByKey(locale, 'sitemap')?.url} />
      )}
    </SiteFrame>
  );
}
