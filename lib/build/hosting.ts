import { copyFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { writeOut } from './files';
import type { BuildStep } from './index';
import { readRedirects } from '@/lib/content/registries';
import { headersFile, redirectsFile } from '@/lib/http/netlify';
import { locales } from '@/lib/http/policy';
import { securityTxt, securityTxtPath } from '@/lib/http/security-txt';
import { siteUrl } from '@/lib/site';

// What a host needs besides the pages, from the one definition in lib/http/: `_headers` and
// `_redirects` for Netlify and Cloudflare Pages, and security.txt with an Expires counted from today.
// Cloudflare Pages skips the 404 rules of `_redirects` but serves the nearest 404.html up the folder
// tree, so each language's 404 page is also /<locale>/404.html.
export const hostingStep: BuildStep = {
  name: 'hosting',
  run(outDir) {
    writeOut(outDir, '/_headers', headersFile());
    writeOut(outDir, '/_redirects', redirectsFile(readRedirects()));
    writeOut(outDir, securityTxtPath, securityTxt(siteUrl, new Date()));
    for (const locale of locales) {
      const page = path.join(outDir, locale, '404', 'index.html');
      if (!existsSync(page)) throw new Error(`${locale}/404/index.html is missing: next build did not write the ${locale} 404 page`);
      copyFileSync(page, path.join(outDir, locale, '404.html'));
    }
    return `_headers, _redirects, ${securityTxtPath}, ${locales.map((locale) => `/${locale}/404.html`).join(', ')}`;
  },
};
