import type { Metadata } from 'next';
import { routing, type Locale } from '@/i18n/routing';
import { mono, sans } from '@/lib/fonts';
import { translator } from '@/lib/i18n/translator';
import { absolute, siteUrl } from '@/lib/site';

// `/` must work without JavaScript on a static host: a meta refresh sends visitors to the home page
// in the first language, and plain links to every language are there for anyone whose browser does not follow it.
const first = routing.defaultLocale;
const others = routing.locales.filter((locale) => locale !== first);
const home = (locale: Locale) => `/${locale}/`;
/** Each language's name in itself, as a language chooser shows it. */
const endonym: Record<Locale, string> = { nl: 'Nederlands', en: 'English' };
const all = (key: 'Root.title' | 'Root.description') => routing.locales.map((locale) => translator(locale)(key));

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl),
  title: all('Root.title').join(' | '),
  description: all('Root.description').join(' '),
  alternates: {
    canonical: absolute(home(first)),
    languages: {
      ...Object.fromEntries(routing.locales.map((locale) => [locale, absolute(home(locale))])),
      'x-default': absolute(home(first)),
    },
  },
};

export default function RootPage() {
  return (
    <html lang={first} className={`${sans.variable} ${mono.variable}`}>
      <head>
        <meta httpEquiv="refresh" content={`0; url=${home(first)}`} />
      </head>
      <body>
        <main className="mx-auto mt-16 max-w-measure px-4">
          <div className="rounded-lg bg-paper p-8 text-ink">
            <h1 className="text-3xl font-bold">{translator(first)('Root.title')}</h1>
            {others.map((locale) => (
              <p key={locale} className="mt-2" lang={locale}>
                {translator(locale)('Root.title')}
              </p>
            ))}
            <ul className="mt-6 flex flex-wrap gap-3">
              {routing.locales.map((locale) => (
                <li key={locale}>
                  <a
                    href={home(locale)}
                    hrefLang={locale}
                    lang={locale === first ? undefined : locale}
                    className="inline-flex min-h-tap items-center rounded-full bg-night px-5 font-bold text-onNight no-underline"
                  >
                    {endonym[locale]}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        </main>
      </body>
    </html>
  );
}
