import type { Locale } from '@/i18n/routing';
import type { Translate } from '@/lib/i18n/translator';
import { findByKey } from '@/lib/content';
import { mainNav, otherLocale } from '@/lib/site';
import { LanguageSwitcher } from './LanguageSwitcher';

type Props = { locale: Locale; t: Translate; twinHref: string; currentKey?: string };

const pill =
  'inline-flex min-h-tap items-center gap-2 rounded-full px-3 font-bold text-onNight no-underline hover:bg-onNight/15 aria-[current=page]:bg-paper aria-[current=page]:text-ink';

// On a phone the header is one bar of about 64 px, so the page's message starts in the first screen:
// the name, and a menu that is a native <details> disclosure (it opens without JavaScript, by
// keyboard, and screen readers announce it as expanded or collapsed). From md up the navigation is
// always visible. Only one of the two is displayed at a time, so assistive technology meets one.
export function SiteHeader({ locale, t, twinHref, currentKey }: Props) {
  const other = otherLocale(locale);
  const search = findByKey(locale, 'search');
  const links = mainNav.map((key) => ({ key, doc: findByKey(locale, key) })).filter((link) => link.doc);
  const searchLink = search ? (
    <a href={search.url} aria-current={currentKey === 'search' ? 'page' : undefined} className={pill}>
      <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20" fill="none" stroke="currentColor" strokeWidth="2.5">
        <circle cx="10.5" cy="10.5" r="6.5" />
        <path d="m15.5 15.5 5 5" strokeLinecap="round" />
      </svg>
      {t('Search.headerLink')}
    </a>
  ) : null;
  const language = (
    <LanguageSwitcher href={twinHref} locale={other} label={t('LanguageSwitcher.label')} description={t('LanguageSwitcher.description')} />
  );
  const navigation = (listClass: string) => (
    <nav aria-label={t('Header.navLabel')}>
      <ul className={listClass}>
        {links.map(({ key, doc }) => (
          <li key={key}>
            <a href={doc!.url} aria-current={key === currentKey ? 'page' : undefined} className={pill}>
              {t(`Nav.${key}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );

  return (
    <header className="no-print relative mx-auto max-w-page px-4 py-2 sm:px-6 md:pt-4">
      <div className="flex items-center justify-between gap-3">
        <a
          href={`/${locale}/`}
          aria-label={t('Header.home')}
          className="flex min-h-tap items-center gap-2 leading-tight font-bold text-onNight no-underline sm:text-xl"
        >
          <svg aria-hidden="true" viewBox="0 0 24 24" width="28" height="28" className="shrink-0">
            <path d="M5 2h14v20l-2.3-1.6L14.3 22 12 20.4 9.7 22l-2.4-1.6L5 22z" fill="currentColor" />
            <path d="M8 7h8M8 11h8M8 15h5" stroke="var(--c-night)" strokeWidth="1.6" />
          </svg>
          <span>{t('Site.name')}</span>
        </a>
        <div className="hidden items-center gap-2 md:flex">
          {searchLink}
          {language}
        </div>
        <details className="site-menu md:hidden">
          <summary className="inline-flex min-h-tap cursor-pointer items-center gap-2 rounded-full border-2 border-onNight/60 px-4 font-bold text-onNight hover:bg-onNight/15">
            <svg
              aria-hidden="true"
              viewBox="0 0 24 24"
              width="20"
              height="20"
              fill="none"
              stroke="currentColor"
              strokeWidth="2.5"
              strokeLinecap="round"
            >
              <path className="menu-closed" d="M4 7h16M4 12h16M4 17h16" />
              <path className="menu-open" d="M6 6l12 12M18 6 6 18" />
            </svg>
            {t('Header.menu')}
          </summary>
          <div className="absolute inset-x-0 top-full z-20 border-b-2 border-onNight/30 bg-night px-4 pb-4 shadow-lg sm:px-6">
            {navigation('grid grid-cols-2 gap-1')}
            <div className="mt-3 flex flex-wrap items-center gap-2 border-t border-onNight/30 pt-3">
              {searchLink}
              {language}
            </div>
          </div>
        </details>
      </div>
      <div className="mt-3 hidden md:block">{navigation('flex flex-wrap gap-1')}</div>
    </header>
  );
}
