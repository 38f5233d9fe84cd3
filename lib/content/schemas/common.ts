import { z } from 'zod';
import { routing, type Locale } from '@/i18n/routing';

export const localeSchema = z.enum(routing.locales, { error: `must be ${routing.locales.join(' or ')}` });

/** A language's name in the editors' messages. */
export const languageName: Record<Locale, string> = { nl: 'Dutch', en: 'English' };

/** The start of a path on this site, in any language: an alternation of the locales for a regular expression, and the prefixes for people. */
export const localePattern = `(?:${routing.locales.join('|')})`;
export const localePrefixes = routing.locales.map((locale) => `/${locale}/`).join(' or ');

/** One value per language: an object with a key for each locale of i18n/routing.ts. */
export const perLocale = <T extends z.ZodType>(make: (locale: Locale) => T, error: string) =>
  z.object(Object.fromEntries(routing.locales.map((locale) => [locale, make(locale)])) as Record<Locale, T>, { error }).strict();

// A date written as YYYY-MM-DD. Contentlayer turns dates into full ISO strings, so both are accepted.
export const isoDate = z
  .string({ error: 'must be a date like 2027-06-01' })
  .regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/, 'must be a date like 2027-06-01')
  .refine((value) => !Number.isNaN(Date.parse(value)), 'is not a real date');

export const slugSchema = z
  .string({ error: 'must be text, for example gezondheid or verhalen/de-route-van-een-pil' })
  .regex(/^$|^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/, 'may only use a-z, 0-9, - and /, with no slash at the start or end');

export const bilingual = (what: string) =>
  perLocale((locale) => z.string().min(1, `needs ${languageName[locale]} ${what}`), `needs ${what} in ${routing.locales.join(' and ')}`);
