import type { Metadata } from 'next';
import { mono, sans } from '@/lib/fonts';
import { translator } from '@/lib/i18n/translator';
import { absolute, siteUrl } from '@/lib/site';

// `/` must work without JavaScript on a static host: a meta refresh sends visitors to the Dutch home
// page, and plain links to both languages are there for anyone whose browser does not follow it.
const nl = translator('nl');
const en = translator('en');

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl),
  title: `${nl('Root.title')} | ${en('Root.title')}`,
  description: `${nl('Root.description')} ${en('Root.description')}`,
  alternates: { canonical: absolute('/nl/'), languages: { nl: absolute('/nl/'), en: absolute('/en/'), 'x-default': absolute('/nl/') } },
};

export default function RootPage() {
  return (
    <html lang="nl" className={`${sans.variable} ${mono.variable}`}>
      <head>
        <meta httpEquiv="refresh" content="0; url=/nl/" />
      </head>
      <body>
        <main className="mx-auto mt-16 max-w-measure px-4">
          <div className="rounded-lg bg-paper p-8 text-ink">
            <h1 className="text-3xl font-bold">{nl('Root.title')}</h1>
            <p className="mt-2" lang="en">
              {en('Root.title')}
            </p>
            <ul className="mt-6 flex flex-wrap gap-3">
              <li>
                <a href="/nl/" hrefLang="nl" className="inline-flex min-h-tap items-center rounded-full bg-night px-5 font-bold text-onNight no-underline">
                  Nederlands
                </a>
              </li>
              <li>
                <a href="/en/" hrefLang="en" lang="en" className="inline-flex min-h-tap items-center rounded-full bg-night px-5 font-bold text-onNight no-underline">
                  English
                </a>
              </li>
            </ul>
          </div>
        </main>
      </body>
    </html>
  );
}
