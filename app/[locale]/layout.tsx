import type { ReactNode } from 'react';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { DevEnhance } from '@/components/client/DevEnhance';
import { isLocale, routing } from '@/i18n/routing';
import { mono, sans } from '@/lib/fonts';

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return (
    <html lang={locale} className={`${sans.variable} ${mono.variable}`}>
      <body>
        {children}
        {process.env.NODE_ENV === 'development' ? <DevEnhance /> : null}
      </body>
    </html>
  );
}
