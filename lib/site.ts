import { routing, type Locale } from '@/i18n/routing';

// Where the site is deployed; canonical URLs, feeds and the sitemap are absolute.
export const siteUrl = (process.env.SITE_URL ?? 'https://www.onzichtbarerekening.nl').replace(/\/$/, '');

export const absolute = (path: string) => `${siteUrl}${path}`;

// The site has two languages (i18n/routing.ts); each page links to its twin in the other one.
export const otherLocale = (locale: Locale): Locale => routing.locales.find((candidate) => candidate !== locale)!;

/** The main navigation, by translation key: the slugs come from the pages themselves. */
export const mainNav = ['health', 'environment', 'society', 'youth', 'stories', 'help'] as const;

// Parents and professionals are in the footer, not the main menu, so the phone header stays one compact bar
// (issue 15); with short labels they share the footer's last line on a phone, so the home page keeps its height.
export const footerNav = [
  'about',
  'facts',
  'press',
  'corrections',
  'accessibility',
  'privacy',
  'parents',
  'professionals',
  'sitemap',
] as const;
