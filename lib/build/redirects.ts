import { existsOut, writeOut } from './files';
import type { BuildStep } from './index';
import type { Locale } from '@/i18n/routing';
import { readRedirects, redirectsFile } from '@/lib/content/registries';
import { redirectProblems } from '@/lib/content/rules';
import { throwOnProblems } from '@/lib/content/validate';
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
    // The same rules as the content check, over the built site: every target exists, no old URL is a page.
    throwOnProblems(
      { nl: `${redirectsFile} heeft`, en: `${redirectsFile} has` },
      redirectProblems(redirectsFile, redirects, {
        isPage: (url) => url.endsWith('/') && existsOut(outDir, url),
        exists: (url) => existsOut(outDir, url),
      }),
    );
    for (const { from, to } of redirects) {
      if (from.endsWith('/')) writeOut(outDir, `${from}index.html`, redirectPage(to, from.split('/')[1] as Locale));
    }
    return `${redirects.length} redirect pages`;
  },
};
