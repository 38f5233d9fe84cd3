import type { Locale } from '@/i18n/routing';

// Where the site is deployed; canonical URLs, feeds and the sitemap are absolute.
export const siteUrl = (process.env.SITE_URL ?? 'https://www.onzichtbarerekening.nl').replace(/\/$/, '');

export const absolute = (path: string) => `${siteUrl}${path}`;

// The site has two languages; each page links to its twin in the other one.
const other: Record<Locale, Locale> = { nl: 'en', en: 'nl' };
export const otherLocale = (locale: Locale): Locale => other[locale];

/** The main navigation, by translation key: the slugs come from the pages themselves. */
export const mainNav = ['health', 'environment', 'society', 'youth', 'stories', 'help'] as const;

export const footerNav = ['about', 'facts', 'press', 'corrections', 'accessibility', 'privacy', 'sitemap'] as const;
