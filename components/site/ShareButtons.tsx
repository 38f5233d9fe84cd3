'use client';

import { useState } from 'react';
import { copyText, useHydrated } from '@/components/client/hydrated';

export type ShareLabels = { share: string; whatsapp: string; email: string; link: string; copy: string; copied: string; failed: string };
type Props = { url: string; title: string; whatsappHref: string; emailHref: string; labels: ShareLabels };

// currentColor: the control sits on paper on most pages and on the night background on the home page.
const button = 'inline-flex min-h-tap items-center rounded-full border-2 border-current px-4 font-bold no-underline';

/**
 * The browser's own share sheet where it has one (most phones); otherwise WhatsApp, e-mail and
 * copy link. Without JavaScript the server HTML has the plain links, with a link to the page.
 */
export function ShareButtons({ url, title, whatsappHref, emailHref, labels }: Props) {
  const hydrated = useHydrated();
  const [message, setMessage] = useState('');
  const canShare = hydrated && typeof navigator.share === 'function';
  const canCopy = hydrated && typeof navigator.clipboard?.writeText === 'function';
  if (canShare) {
    const share = () => navigator.share({ title, url }).catch(() => undefined);
    return (
      <button type="button" className={button} onClick={share}>
        {labels.share}
      </button>
    );
  }
  return (
    <>
      <ul className="flex flex-wrap gap-3">
        <li>
          <a href={whatsappHref} className={button}>
            {labels.whatsapp}
          </a>
        </li>
        <li>
          <a href={emailHref} className={button}>
            {labels.email}
          </a>
        </li>
        <li>
          {canCopy ? (
            <button type="button" className={button} onClick={async () => setMessage((await copyText(url)) ? labels.copied : labels.failed)}>
              {labels.copy}
            </button>
          ) : (
            <a href={url} className={button}>
              {labels.link}
            </a>
          )}
        </li>
      </ul>
      {canCopy ? (
        <p role="status" className="mt-2 text-base">
          {message}
        </p>
      ) : null}
    </>
  );
}
