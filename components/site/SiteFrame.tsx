import type { ReactNode } from 'react';
import type { Locale } from '@/i18n/routing';
import type { Translate } from '@/lib/i18n/translator';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';
import { SkipLink } from './SkipLink';

type Props = { locale: Locale; t: Translate; twinHref: string; currentKey?: string; children: ReactNode };

/** The chrome every page shares: skip link, header with navigation and language switcher, footer. */
export function SiteFrame({ locale, t, twinHref, currentKey, children }: Props) {
  return (
    <>
      <SkipLink label={t('SkipLink.label')} />
      <SiteHeader locale={locale} t={t} twinHref={twinHref} currentKey={currentKey} />
      <main id="inhoud" tabIndex={-1} className="mx-auto mt-6 max-w-page px-2 outline-none sm:px-6">
        {children}
      </main>
      <SiteFooter locale={locale} t={t} />
    </>
  );
}
