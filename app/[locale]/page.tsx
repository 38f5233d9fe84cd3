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
  if (!doc) notFound();
  return <PageView doc={doc} locale={locale} />;
}
