import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BuildStep } from './index';
import { routing } from '@/i18n/routing';

// `_redirects` for hosts that read one (Netlify, Cloudflare Pages): each language's own 404 page.
export const redirectsStep: BuildStep = {
  name: '_redirects',
  run(outDir) {
    const lines = routing.locales.map((locale) => `/${locale}/*  /${locale}/404/  404`);
    writeFileSync(path.join(outDir, '_redirects'), `${lines.join('\n')}\n`);
    return `${lines.length} rules`;
  },
};
