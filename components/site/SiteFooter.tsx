import type { Locale } from '@/i18n/routing';
import type { MessageKey, Translate } from '@/lib/i18n/translator';
import { findByKey } from '@/lib/content';
import { footerNav } from '@/lib/site';

type Props = { locale: Locale; t: Translate };

const labels: Record<(typeof footerNav)[number], MessageKey> = {
  parents: 'Footer.parents',
  professionals: 'Footer.professionals',
  about: 'Footer.about',
  facts: 'Footer.facts',
  press: 'Footer.press',
  corrections: 'Footer.corrections',
  accessibility: 'Footer.accessibility',
  privacy: 'Footer.privacy',
  sitemap: 'Footer.allPages',
};

export function SiteFooter({ locale, t }: Props) {
  const help = findByKey(locale, 'help');
  const links = footerNav.map((key) => ({ key, doc: findByKey(locale, key) })).filter((link) => link.doc);
  return (
    <footer className="no-print mx-auto mt-8 max-w-page px-4 pb-10 sm:px-6">
      {help ? (
        <p className="rounded-lg bg-paper p-4 text-ink">
          <span className="font-bold">{t('Footer.helpLine')}</span>{' '}
          <a href={help.url} className="inline-flex min-h-6 items-center font-bold text-link">
            {t('Footer.helpLink')}
          </a>
        </p>
      ) : null}
      <nav aria-label={t('Footer.label')} className="mt-6">
        <ul className="flex flex-wrap gap-x-2 gap-y-1">
          {help ? (
            <li>
              <a href={help.url} className="inline-flex min-h-tap items-center px-2 text-onNight">
                {t('Footer.help')}
              </a>
            </li>
          ) : null}
          {links.map(({ key, doc }) => (
            <li key={key}>
              <a href={doc!.url} className="inline-flex min-h-tap items-center px-2 text-onNight">
                {t(labels[key])}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <p className="mt-4 px-2 text-base text-onNight/85">{t('Site.by')}</p>
    </footer>
  );
}
