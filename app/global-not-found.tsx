import type { Metadata } from 'next';
import './globals.css';
import { NotFoundView } from '@/components/site/NotFoundView';
import { routing } from '@/i18n/routing';
import { findByKey } from '@/lib/content';
import { mono, sans } from '@/lib/fonts';
import { translator } from '@/lib/i18n/translator';

// out/404.html: the page a static host shows for any unknown URL. It cannot know the visitor's
// language, so it speaks every language, the first one first; hosts that read _redirects (and the
// local server) show /nl/404/ or /en/404/ instead for URLs under a language.
const all = (key: 'NotFound.title' | 'NotFound.description') => routing.locales.map((locale) => translator(locale)(key));

export const metadata: Metadata = {
  title: all('NotFound.title').join(' | '),
  description: all('NotFound.description').join(' '),
  robots: { index: false },
};

export default function GlobalNotFound() {
  return (
    <html lang={routing.defaultLocale} className={`${sans.variable} ${mono.variable}`}>
      <body>
        <main id="inhoud" className="mx-auto mt-12 max-w-page space-y-6 px-2 sm:px-6">
          {routing.locales.map((locale) => (
            <NotFoundView
              key={locale}
              locale={locale}
              t={translator(locale)}
              homeHref={`/${locale}/`}
              allPagesHref={findByKey(locale, 'sitemap')?.url}
              headingLevel={locale === routing.defaultLocale ? 1 : 2}
            />
          ))}
        </main>
      </body>
    </html>
  );
}
