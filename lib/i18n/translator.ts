import { createTranslator, type Messages, type MessageKeys, type NestedKeyOf } from 'next-intl';
import type { Locale } from '@/i18n/routing';
import en from '@/messages/en.json';
import nl from '@/messages/nl.json';

export const messages = { nl, en } as const satisfies Record<Locale, typeof nl>;

/** The key of one message, like 'Site.name': a key that is not in messages/nl.json is a type error. */
export type MessageKey = MessageKeys<Messages, NestedKeyOf<Messages>>;

/** A message by its key, with values for its placeholders. */
export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

/** A plain translate function for server components and tests: no client provider, no extra JavaScript. */
export function translator(locale: Locale): Translate {
  const t = createTranslator({ locale, messages: messages[locale] });
  return (key, values) => t(key, values);
}
