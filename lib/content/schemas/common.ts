import { z } from 'zod';
import { routing, type Locale } from '@/i18n/routing';
import type { Bilingual } from '@/lib/check/lang';
import { say } from './dutch';

export const localeSchema = z
  .enum(routing.locales, { error: say({ nl: `moet ${routing.locales.join(' of ')} zijn`, en: `must be ${routing.locales.join(' or ')}` }) })
  .describe(say({ nl: `de taal van de pagina: ${routing.locales.join(' of ')}`, en: `the language of the page: ${routing.locales.join(' or ')}` }));

/** A language's name in the editors' messages, in each language. */
export const languageName: Record<Locale, Bilingual> = { nl: { nl: 'Nederlands', en: 'Dutch' }, en: { nl: 'Engels', en: 'English' } };

/** The start of a path on this site, in any language: an alternation of the locales for a regular expression, and the prefixes for people. */
export const localePattern = `(?:${routing.locales.join('|')})`;
export const localePrefixes = routing.locales.map((locale) => `/${locale}/`).join(' or ');

/** One value per language: an object with a key for each locale of i18n/routing.ts. */
export const perLocale = <T extends z.ZodType>(make: (locale: Locale) => T, error: string) =>
  z.object(Object.fromEntries(routing.locales.map((locale) => [locale, make(locale)])) as Record<Locale, T>, { error }).strict();

/** True for an existing calendar day written as YYYY-MM-DD, with or without a time (2027-02-30 is not one). */
export function isRealDate(value: string): boolean {
  const date = new Date(`${value.slice(0, 10)}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value.slice(0, 10);
}

// A date written as YYYY-MM-DD. Contentlayer turns dates into full ISO strings, so both are accepted.
// The day must exist: 2027-02-30 and 2026-02-29 are refused, 2028-02-29 is a leap day.
export const isoDate = z
  .string({ error: 'must be a date like 2027-06-01' })
  .regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/, { message: 'must be a date like 2027-06-01', abort: true })
  .refine(isRealDate, { error: (issue) => say({ nl: `${String(issue.input)} is geen echte datum (die dag bestaat niet)`, en: `${String(issue.input)} is not a real date (that day does not exist)` }), params: { fix: 'write an existing date as YYYY-MM-DD, like 2027-06-01' } });

/** A fact's id: the name of its file in content/facts without .yaml. One definition for every schema that names a fact. */
export const factIdPattern = /^[a-z0-9-]+$/;
export const factId = z.string({ error: 'needs a fact id, like env-dumpings-2024' }).regex(factIdPattern, 'must be a fact id, like env-dumpings-2024');

export const slugSchema = z
  .string({ error: 'must be text, for example gezondheid or verhalen/de-route-van-een-pil' })
  .regex(/^$|^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/, 'may only use a-z, 0-9, - and /, with no slash at the start or end');

/** A text in every language; `what` names it in Dutch and English, like { nl: 'een naam', en: 'a name' }. */
export const bilingual = (what: Bilingual) =>
  perLocale(
    (locale) =>
      z
        .string()
        .min(1, say({ nl: `heeft ${what.nl} in het ${languageName[locale].nl} nodig`, en: `needs ${languageName[locale].en} ${what.en}` }))
        .describe(say({ nl: `${what.nl} in het ${languageName[locale].nl}`, en: `${what.en} in ${languageName[locale].en}` })),
    say({ nl: `heeft ${what.nl} nodig, met ${routing.locales.map((locale) => `${locale}:`).join(' en ')}`, en: `needs ${what.en} in ${routing.locales.join(' and ')}` }),
  ).describe(
    say({
      nl: `${what.nl}, in ${routing.locales.map((locale) => `het ${languageName[locale].nl} (${locale}:)`).join(' en ')}`,
      en: `${what.en}, in ${routing.locales.map((locale) => `${languageName[locale].en} (${locale}:)`).join(' and ')}`,
    }),
  );
