import { existsOut, writeOut } from './files';
import type { BuildStep } from './index';
import type { Locale } from '@/i18n/routing';
import { readRedirects } from '@/lib/content/registries';
import { translator } from '@/lib/i18n/translator';
import { absolute } from '@/lib/site';
import { escapeXml } from '@/lib/xml';


/** A page that works as a redirect on any static host: meta refresh, a canonical link and a plain link. */
export function redirectPage(to: string, locale: Locale): string {
  const t = translator(locale);
  const target = escapeXml(to);
  return `<!DOCTYPE html>
<html lang="${locale}">
<head>
<meta charSet="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>${escapeXml(`${t('Redirect.title')} | ${t('Site.name')}`)}</title>
<meta name="robots" content="noindex" />
<link rel="canonical" href="${escapeXml(absolute(to))}" />
<meta http-equiv="refresh" content="0; url=${target}" />
</head>
<body>
<main>
<h1>${escapeXml(t('Redirect.title'))}</h1>
<p>${escapeXml(t('Redirect.body'))}</p>
<p><a href="${target}">${escapeXml(t('Redirect.link'))}</a></p>
</main>
</body>
</html>
`;
}

// content/redirects.yaml becomes a redirect page per old URL, for hosts without redirect rules; the
// hosts that have them answer with a 301 (lib/http/policy.ts, written out by lib/build/hosting.ts).
export const redirectsStep: BuildStep = {
  name: 'redirects',
  run(outDir) {
    const redirects = readRedirects();
    for (const { from, to } of redirects) {
      if (!existsOut(outDir, to)) throw new Error(`content/redirects.yaml: ${from} redirects to ${to}, which is not in the built site`);
      if (from.endsWith('/')) {
        if (existsOut(outDir, from)) throw new Error(`content/redirects.yaml: ${from} is a page of the site, so it cannot be a redirect`);
        writeOut(outDir, `${from}index.html`, redirectPage(to, from.split('/')[1] as Locale));
      }
    }
    return `${redirects.length} redirect pages`;
  },
};
