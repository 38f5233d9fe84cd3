import type { Locale } from '@/i18n/routing';
import { translator } from '@/lib/i18n/translator';

// The text file in each of the site's zips (the press kit, the partner kit): what the zip holds, who
// made it, how it may be used and where it comes from, then whatever that zip lists of its own.

export const readmeName: Record<Locale, string> = { nl: 'LEESMIJ.txt', en: 'README.txt' };

/** The read-me of a zip, from a message section with intro, credits, creditsText, terms and termsText. */
export function zipReadme(locale: Locale, section: 'PressKit' | 'PartnerKit', address: string, more: string[] = []): string {
  const t = translator(locale);
  const lines = [
    t('Site.name'),
    '',
    t(`${section}.intro`),
    '',
    `${t(`${section}.credits`)}: ${t(`${section}.creditsText`)}`,
    '',
    `${t(`${section}.terms`)}: ${t(`${section}.termsText`)}`,
    '',
    address,
    ...more,
  ];
  return `${lines.join('\r\n')}\r\n`;
}
