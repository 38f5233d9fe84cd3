import type { Locale } from '@/i18n/routing';
import type { Translate } from '@/lib/i18n/translator';
import { findByKey } from '@/lib/content';
import { mainNav, otherLocale } from '@/lib/site';
import { LanguageSwitcher } from './LanguageSwitcher';

type Props = { locale: Locale; t: Translate; twinHref: string; currentKey?: string };

export function SiteHeader({ locale, t, twinHref, currentKey }: Props) {
  const other = otherLocale(locale);
  const search = findByKey(locale, 'search');
  const links = mainNav.map((key) => ({ key, doc: findByKey(locale, key) })).filter((link) => link.doc);
  return (
    <header className="no-print mx-auto max-w-page px-4 pt-2 sm:px-6 sm:pt-4">
      <div className="flex flex-wrap items-center justify-between gap-x-3 gap-y-0">
        <a
          href={`/${locale}/`}
          aria-label={t('Header.home')}
          className="flex min-h-tap items-center gap-2 text-lg font-bold text-onNight no-underline sm:text-xl"
        >
          <svg aria-hidden="true" viewBox="0 0 24 24" width="28" height="28" className="shrink-0">
            <path d="M5 2h14v20l-2.3-1.6L14.3 22 12 20.4 9.7 22l-2.4-1.6L5 22z" fill="currentColor" />
            <path d="M8 7h8M8 11h8M8 15h5" stroke="var(--c-night)" strokeWidth="1.6" />
          </svg>
          <span>{t('Site.name')}</span>
        </a>
        <div className="flex flex-wrap items-center gap-2">
          {search ? (
            <a
              href={search.url}
              aria-current={currentKey === 'search' ? 'page' : undefined}
              className="inline-flex min-h-tap items-center gap-2 rounded-full px-3 font-bold text-onNight no-underline hover:bg-onNight/15 aria-[current=page]:bg-paper aria-[current=page]:text-ink"
            >
              <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20" fill="none" stroke="currentColor" strokeWidth="2.5">
                <circle cx="10.5" cy="10.5" r="6.5" />
                <path d="m15.5 15.5 5 5" strokeLinecap="round" />
              </svg>
              {t('Search.headerLink')}
            </a>
          ) : null}
          <LanguageSwitcher
            href={twinHref}
            locale={other}
            label={t('LanguageSwitcher.label')}
            description={t('LanguageSwitcher.description')}
          />
        </div>
      </div>
      <nav aria-label={t('Header.navLabel')} className="mt-1 sm:mt-3">
        <ul className="flex flex-wrap gap-x-1 gap-y-1">
          {links.map(({ key, doc }) => (
            <li key={key}>
              <a
                href={doc!.url}
                aria-current={key === currentKey ? 'page' : undefined}
                className="inline-flex min-h-tap items-center rounded-full px-3 font-bold text-onNight no-underline hover:bg-onNight/15 aria-[current=page]:bg-paper aria-[current=page]:text-ink"
              >
                {t(`Nav.${key}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
