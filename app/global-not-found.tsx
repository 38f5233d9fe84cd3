import type { Metadata } from 'next';
import './globals.css';
import { NotFoundView } from '@/components/site/NotFoundView';
import { findByKey } from '@/lib/content';
import { mono, sans } from '@/lib/fonts';
import { translator } from '@/lib/i18n/translator';

// out/404.html: the page a static host shows for any unknown URL. It cannot know the visitor's
// language, so it speaks Dutch first and English second; hosts that read _redirects (and the
// local server) show /nl/404/ or /en/404/ instead for URLs under a language.
const nl = translator('nl');
const en = translator('en');

export const metadata: Metadata = {
  title: `${nl('NotFound.title')} | ${en('NotFound.title')}`,
  description: `${nl('NotFound.description')} ${en('NotFound.description')}`,
  robots: { index: false },
};

export default function GlobalNotFound() {
  return (
    <html lang="nl" className={`${sans.variable} ${mono.variable}`}>
      <body>
        <main id="inhoud" className="mx-auto mt-12 max-w-page space-y-6 px-2 sm:px-6">
          <NotFoundView locale="nl" t={nl} homeHref="/nl/" allPagesHref={findByKey('nl', 'sitemap')?.url} />
          <NotFoundView locale="en" t={en} homeHref="/en/" allPagesHref={findByKey('en', 'sitemap')?.url} headingLevel={2} />
        </main>
      </body>
    </html>
  );
}
