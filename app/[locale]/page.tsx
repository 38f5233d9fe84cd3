import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { isLocale } from '@/i18n/routing';
import { PageView } from '@/components/site/PageView';
import { findDoc } from '@/lib/content';
import { docMetadata } from '@/lib/metadata';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const doc = isLocale(locale) ? findDoc(locale, '') : undefined;
  return doc && isLocale(locale) ? docMetadata(doc, locale) : {};
}

export default async function HomePage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const doc = findDoc(locale, '');
  // `npm run dev` only: a mistake in the page's files shows in the browser, not just in the terminal.
  if (process.env.NODE_ENV === 'development') {
    const { devPreview } = await import('@/components/site/DevProblems');
    const { replace, above } = devPreview(locale, { doc, slug: '' });
    if (replace) return replace;
    if (above && doc)
      return (
        <>
          {above}
          <PageView doc={doc} locale={locale} />
        </>
      );
  }
  if (!doc) notFound();
  return <PageView doc={doc} locale={locale} />;
}
