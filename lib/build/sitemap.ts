import { routing, type Locale } from '@/i18n/routing';
import { allDocs, findByKey } from '@/lib/content';
import { isDayOnly, isRelease } from '@/lib/content/press';
import { absolute, otherLocale } from '@/lib/site';
import { escapeXml } from '@/lib/xml';
import { existsOut, writeOut } from './files';
import type { BuildStep } from './index';

/** sitemap.xml (sitemaps.org 0.9) with an xhtml:link per language version and x-default (Dutch). */
export function sitemapXml(outDir: string): { xml: string; count: number } {
  const docs = [...allDocs].sort((a, b) => a.url.localeCompare(b.url));
  const entries = docs.map((doc) => {
    if (!existsOut(outDir, doc.url)) throw new Error(`${doc.url} is in the content but not in out/: run next build first`);
    const locale = doc.locale as Locale;
    const twin = findByKey(otherLocale(locale), doc.translationKey);
    const versions: [string, string][] = [[locale, doc.url], ...(twin ? [[twin.locale, twin.url] as [string, string]] : [])];
    const dutch = versions.find(([lang]) => lang === routing.defaultLocale)?.[1];
    if (dutch) versions.push(['x-default', dutch]);
    const links = versions.map(([lang, url]) => `    <xhtml:link rel="alternate" hreflang="${lang}" href="${escapeXml(absolute(url))}"/>`);
    // A release dated by day alone keeps that day (W3C dates allow it): no time is made up.
    const lastmod = isRelease(doc)
      ? [`    <lastmod>${isDayOnly(doc.date) ? doc.date : new Date(doc.date).toISOString().replace(/\.\d{3}Z$/, '+00:00')}</lastmod>`]
      : [];
    return ['  <url>', `    <loc>${escapeXml(absolute(doc.url))}</loc>`, ...lastmod, ...links, '  </url>'].join('\n');
  });
  const xml = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...entries,
    '</urlset>',
    '',
  ].join('\n');
  return { xml, count: entries.length };
}

// robots.txt lets every crawler in and names the sitemap; nothing on a public campaign site is hidden.
export const sitemapStep: BuildStep = {
  name: 'sitemap.xml and robots.txt',
  run(outDir) {
    const { xml, count } = sitemapXml(outDir);
    writeOut(outDir, '/sitemap.xml', xml);
    writeOut(outDir, '/robots.txt', `User-agent: *\nAllow: /\n\nSitemap: ${absolute('/sitemap.xml')}\n`);
    return `${count} URLs`;
  },
};
