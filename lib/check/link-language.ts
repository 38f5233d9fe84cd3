import { isLocale, type Locale } from '@/i18n/routing';
import { pageUrl } from '@/lib/content/paths';
import type { Problem } from '@/lib/content/validate';
import { siteOf } from './links';
import type { Content, Doc } from './types';

// A page copied from its twin keeps the twin's links: an English page then sends readers to Dutch
// pages (and back), and nothing looks broken. A link to the other language on purpose says so with
// hrefLang, which is also what tells browsers and screen readers the language of the page it opens.

const names: Record<Locale, string> = { nl: 'Dutch', en: 'English' };

function localeOfUrl(url: string): Locale | undefined {
  const first = /^\/([^/?#]+)(?:[/?#]|$)/.exec(url)?.[1];
  return isLocale(first) ? first : undefined;
}

/** The same page in the given language, through the translationKey the two share. */
function twinOf(target: Doc | undefined, locale: Locale, pages: Iterable<Doc>): string | undefined {
  if (!target) return undefined;
  for (const page of pages) {
    if (page.data.locale === locale && page.data.translationKey === target.data.translationKey && typeof page.data.slug === 'string')
      return pageUrl(locale, page.data.slug);
  }
  return undefined;
}

/** Links from an nl page go to /nl/, from an en page to /en/, unless written <a href="…" hrefLang="…">. */
export function checkLinkLanguage(content: Content, today: string): Problem[] {
  const site = siteOf(content, today);
  const problems: Problem[] = [];
  for (const doc of content.docs) {
    const locale = isLocale(doc.folder) ? doc.folder : isLocale(String(doc.data.locale)) ? (doc.data.locale as Locale) : undefined;
    if (!locale) continue;
    for (const link of doc.links) {
      const goesTo = localeOfUrl(link.url);
      if (!goesTo) continue;
      const base = { file: doc.file, line: link.line };
      if (link.hrefLang !== undefined) {
        if (link.hrefLang !== goesTo)
          problems.push({
            ...base,
            message: `the link "${link.url}" has hrefLang="${link.hrefLang}", but goes to the ${names[goesTo]} site`,
            fix: `write hrefLang="${goesTo}": hrefLang is the language of the page the link goes to`,
          });
        continue;
      }
      if (goesTo === locale) continue;
      const urlPath = link.url.split(/[?#]/)[0];
      const twin = twinOf(site.pages.get(urlPath) ?? site.pages.get(`${urlPath}/`), locale, site.pages.values());
      const instead = twin
        ? `link to the ${names[locale]} page instead: ${twin}`
        : `link to a ${names[locale]} page, starting with /${locale}/`;
      problems.push({
        ...base,
        message: `the link "${link.url}" goes to the ${names[goesTo]} site, but this page is ${names[locale]}`,
        fix: `${instead}. Is the link to the ${names[goesTo]} page on purpose? Then write it as <a href="${link.url}" hrefLang="${goesTo}">…</a>`,
      });
    }
  }
  return problems;
}
