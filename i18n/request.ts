import { getRequestConfig } from 'next-intl/server';
import { messages } from '@/lib/i18n/translator';
import { isLocale, routing } from './routing';

// next-intl's configuration for server components: getTranslations() in the routes reads it. The
// locale comes from setRequestLocale() in the [locale] layout and pages (a static export has no middleware).
export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = isLocale(requested) ? requested : routing.defaultLocale;
  return { locale, messages: messages[locale] };
});
