import type { Locale } from '@/i18n/routing';
import type { Translate } from '@/lib/i18n/translator';

type Props = { locale: Locale; t: Translate; homeHref: string; allPagesHref?: string; headingLevel?: 1 | 2 };

/** What an unknown URL shows: a plain explanation and a way back. */
export function NotFoundView({ locale, t, homeHref, allPagesHref, headingLevel = 1 }: Props) {
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  return (
    <section lang={locale} className="mx-auto max-w-measure rounded-lg bg-paper px-5 py-8 text-ink sm:px-10">
      <p className="font-mono text-sm tracking-widest text-muted uppercase" aria-hidden="true">
        404
      </p>
      <Heading className="mt-2 text-3xl font-bold">{t('NotFound.title')}</Heading>
      <p className="mt-4">
        {t('NotFound.description')} {t('NotFound.body')}
      </p>
      <ul className="mt-6 flex flex-wrap gap-3">
        <li>
          <a href={homeHref} className="inline-flex min-h-tap items-center rounded-full bg-night px-5 font-bold text-onNight no-underline">
            {t('NotFound.home')}
          </a>
        </li>
        {allPagesHref ? (
          <li>
            <a href={allPagesHref} className="inline-flex min-h-tap items-center px-2 font-bold text-link">
              {t('NotFound.allPages')}
            </a>
          </li>
        ) : null}
      </ul>
    </section>
  );
}
