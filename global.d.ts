import type { routing } from '@/i18n/routing';
import type messages from '@/messages/nl.json';

// next-intl's types for this site (https://next-intl.dev/docs/workflows/typescript): the locales of
// i18n/routing.ts, and the Dutch messages as the shape every language has (tests/unit/messages.test.ts
// checks that the English file has the same keys), so a translation key that does not exist is a type error.
declare module 'next-intl' {
  interface AppConfig {
    Locale: (typeof routing.locales)[number];
    Messages: typeof messages;
  }
}
