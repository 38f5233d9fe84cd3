import { hasLocale } from 'next-intl';
import { defineRouting } from 'next-intl/routing';

// The one list of locales. Dutch is the campaign's first language.
export const routing = defineRouting({
  locales: ['nl', 'en'],
  defaultLocale: 'nl',
  localePrefix: 'always',
});

export type Locale = (typeof routing.locales)[number];

export function isLocale(value: string | undefined): value is Locale {
  return hasLocale(routing.locales, value);
}
