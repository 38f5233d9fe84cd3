import type { Locale } from '@/i18n/routing';

/** The BCP 47 tag for dates and numbers in each language. */
export const localeTag: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };
const tag = (locale: Locale) => localeTag[locale];

/** A calendar date (lastChecked, reviewBy): written as a day, so read in UTC to keep that day. */
export function formatDate(iso: string, locale: Locale): string {
  return new Date(iso).toLocaleDateString(tag(locale), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** A press release's moment, in Dutch time with its zone (CET or CEST), as journalists expect. */
export function formatDateTime(iso: string, locale: Locale): string {
  return (
    new Intl.DateTimeFormat(tag(locale), { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' }).format(new Date(iso)) +
    ` ${new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', timeZoneName: 'short' }).formatToParts(new Date(iso)).find((part) => part.type === 'timeZoneName')?.value ?? ''}`.trimEnd()
  );
}
