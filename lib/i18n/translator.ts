import { createTranslator } from 'next-intl';
import type { Locale } from '@/i18n/routing';
import en from '@/messages/en.json';
import nl from '@/messages/nl.json';

export const messages = { nl, en } as const satisfies Record<Locale, typeof nl>;

/** A message by its key (like 'Site.name'), with values for its placeholders. */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** A plain translate function for server components and tests: no client provider, no extra JavaScript. */
export function translator(locale: Locale): Translate {
  const t = createTranslator({ locale, messages: messages[locale] });
  return (key, values) => (t as unknown as Translate)(key, values);
}
