import { partAttribute, shareWidget, widgetRoot } from '@/lib/enhance/contracts';
import type { Translate } from '@/lib/i18n/translator';

type Props = { url: string; title: string; t: Translate };

// currentColor: the control sits on paper on most pages and on the night background on the home page.
const button = 'inline-flex min-h-tap items-center rounded-full border-2 border-current px-4 font-bold no-underline';

/**
 * "Share this page" at the end of every content page. Plain links without JavaScript; with it
 * (lib/enhance/share.ts) the browser's own share sheet, or a copy button instead of the link.
 */
export function ShareControl({ url, title, t }: Props) {
  const text = `${title} ${url}`;
  const whatsappHref = `https://wa.me/?text=${encodeURIComponent(text)}`;
  const emailHref = `mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(text)}`;
  return (
    <section
      aria-labelledby="share-title"
      data-pagefind-ignore="all"
      className="no-print not-prose mt-10 border-t-2 border-dashed border-rule pt-6"
    >
      {/* Short labels keep the three on one row on a phone; each link's name still says what it does. */}
      <h2 id="share-title" className="text-xl font-bold">
        {t('Share.title')}
      </h2>
      <div className="mt-3" {...widgetRoot(shareWidget, { url, title, copied: t('Share.copied'), failed: t('Share.failed') })}>
        <button type="button" {...partAttribute(shareWidget, 'native')} hidden className={button}>
          {t('Share.share')}
        </button>
        <ul {...partAttribute(shareWidget, 'links')} className="flex flex-wrap gap-3">
          <li>
            <a href={whatsappHref} className={button} aria-label={t('Share.whatsapp')}>
              {t('Share.whatsappShort')}
            </a>
          </li>
          <li>
            <a href={emailHref} className={button} aria-label={t('Share.email')}>
              {t('Share.emailShort')}
            </a>
          </li>
          <li>
            <a href={url} {...partAttribute(shareWidget, 'link')} className={button} aria-label={t('Share.link')}>
              {t('Share.linkShort')}
            </a>
            <button type="button" {...partAttribute(shareWidget, 'copy')} hidden className={button}>
              {t('Share.copy')}
            </button>
          </li>
        </ul>
        <p role="status" {...partAttribute(shareWidget, 'status')} hidden className="mt-2 text-base" />
      </div>
    </section>
  );
}
