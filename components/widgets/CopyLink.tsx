'use client';

import { useState } from 'react';
import { copyText, useHydrated } from '@/components/client/hydrated';

type Props = { fragment: string; url: string; labels: { link: string; copy: string; copied: string; failed: string }; describedBy?: string };

const style = 'inline-flex min-h-tap items-center rounded-full border-2 border-link px-4 font-bold text-link';

/** A fact's link: a plain #anchor without JavaScript, a button that copies its full address with it. */
export function CopyLink({ fragment, url, labels, describedBy }: Props) {
  const hydrated = useHydrated();
  const [message, setMessage] = useState('');
  if (!hydrated || typeof navigator.clipboard?.writeText !== 'function') {
    return (
      <a href={fragment} className={`${style} no-underline`} aria-describedby={describedBy}>
        {labels.link}
      </a>
    );
  }
  return (
    <span className="inline-flex flex-wrap items-center gap-3">
      <button type="button" className={style} aria-describedby={describedBy} onClick={async () => setMessage((await copyText(url)) ? labels.copied : labels.failed)}>
        {labels.copy}
      </button>
      <span role="status" className="text-base text-muted">
        {message}
      </span>
    </span>
  );
}
