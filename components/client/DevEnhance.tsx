'use client';

import { useEffect } from 'react';
import { enhance } from '@/lib/enhance';

/**
 * `npm run dev` only: the built site gets lib/enhance as a plain script (lib/build/enhance.ts), but
 * in dev React hydrates the page, so the widgets are enhanced after that, and again when the live
 * preview brings new content.
 */
export function DevEnhance() {
  useEffect(() => {
    enhance(document);
    const observer = new MutationObserver(() => enhance(document));
    observer.observe(document.body, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, []);
  return null;
}
