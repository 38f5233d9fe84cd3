import { isLocale, type Locale } from '@/i18n/routing';
import { pageUrl } from '@/lib/content/paths';
import type { Problem } from '@/lib/content/validate';
import { siteOf } from './links';
import type { Content, Doc } from './types';
import type { Bilingual } from './lang';

// A page copied from its twin keeps the twin's links: an English page then sends readers to Dutch
// pages (and back), and nothing looks broken. A link to the other language on purpose says so with
// hrefLang, which is also what tells browsers and screen readers the language of the page it opens.

// A language as an adjective: "de Nederlandse site" / "the Dutch site".
const names: Record<Locale, Bilingual> = { nl: { nl: 'Nederlandse', en: 'Dutch' }, en: { nl: 'Engelse', en: 'English' } };
const languageNames: Record<Locale, Bilingual> = { nl: { nl: 'Nederlands', en: 'Dutch' }, en: { nl: 'Engels', en: 'English' } };

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
            message: {
              nl: `de link "${link.url}" heeft hrefLang="${link.hrefLang}", maar gaat naar de ${names[goesTo].nl} site`,
              en: `the link "${link.url}" has hrefLang="${link.hrefLang}", but goes to the ${names[goesTo].en} site`,
            },
            fix: {
              nl: `schrijf hrefLang="${goesTo}": hrefLang is de taal van de pagina waar de link naartoe gaat`,
              en: `write hrefLang="${goesTo}": hrefLang is the language of the page the link goes to`,
            },
          });
        continue;
      }
      if (goesTo === locale) continue;
      const urlPath = link.url.split(/[?#]/)[0];
      const twin = twinOf(site.pages.get(urlPath) ?? site.pages.get(`${urlPath}/`), locale, site.pages.values());
      const instead = twin
        ? { nl: `link dan naar de ${names[locale].nl} pagina: ${twin}`, en: `link to the ${names[locale].en} page instead: ${twin}` }
        : {
            nl: `link naar een ${names[locale].nl} pagina, die begint met /${locale}/`,
            en: `link to a ${names[locale].en} page, starting with /${locale}/`,
          };
      problems.push({
        ...base,
        message: {
          nl: `de link "${link.url}" gaat naar de ${names[goesTo].nl} site, maar deze pagina is ${languageNames[locale].nl}`,
          en: `the link "${link.url}" goes to the ${names[goesTo].en} site, but this page is ${languageNames[locale].en}`,
        },
        fix: {
          nl: `${instead.nl}. Link je met opzet naar de ${names[goesTo].nl} pagina? Schrijf de link dan als <a href="${link.url}" hrefLang="${goesTo}">…</a>`,
          en: `${instead.en}. Is the link to the ${names[goesTo].en} page on purpose? Then write it as <a href="${link.url}" hrefLang="${goesTo}">…</a>`,
        },
      });
    }
  }
  return problems;
}
