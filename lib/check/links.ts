import { existsSync } from 'node:fs';
import path from 'node:path';
import { isLocale, routing } from '@/i18n/routing';
import { widgetAnchors } from '@/lib/content/anchors';
import { factIdOf } from '@/lib/content/mdx-tree';
import { pageUrl } from '@/lib/content/paths';
import { localePattern, localePrefixes } from '@/lib/content/schemas/common';
import { siteUrl } from '@/lib/site';
import type { Problem } from '@/lib/content/validate';
import { followOn } from './causes';
import { didYouMean } from './suggest';
import { locales, type Content, type Doc } from './types';
import { join, type Bilingual } from './lang';

/** lost: the guessed addresses of pages whose frontmatter cannot be read, and their files. */
export type Site = {
  pages: Map<string, Doc>;
  lost: Map<string, string>;
  factIds: string[];
  root: string;
  unreadable: string[];
  today: string;
};
export type Where = { file: string; line?: number; field?: string; doc?: Doc };

/** The ids a page has: its chapters, the sources list, the main content, and one source note per fact. */
function anchorsOf(doc: Doc, site: Site): Set<string> {
  const ids = new Set(['bronnen', 'inhoud']);
  for (const tag of doc.elements) {
    if (tag.name === 'Chapter' && typeof tag.props.id === 'string') ids.add(tag.props.id);
    widgetAnchors(tag.name, String(doc.data.locale)).forEach((id) => ids.add(id));
    const fact = factIdOf(tag.name, tag.props);
    if (fact) ids.add(`bron-${fact}`);
  }
  // The fact sheet lists every fact under its own id.
  if (doc.data.translationKey === 'facts') site.factIds.forEach((id) => ids.add(id));
  return ids;
}

function publicFile(site: Site, urlPath: string): boolean {
  try {
    return existsSync(path.join(site.root, 'public', decodeURIComponent(urlPath)));
  } catch {
    return false;
  }
}

/** One link against the pages that exist; undefined when it is fine. */
// The site's own address, with or without www: a link to it skips previews and test builds, which
// live elsewhere, and sends readers to the live site instead.
const OWN_SITE = new RegExp(`^https?://(www\\.)?${new URL(siteUrl).host.replace(/^www\./, '').replace(/\./g, '\\.')}(?=/|$)`, 'i');

export function linkProblem(url: string, where: Where, site: Site): Problem | undefined {
  const base = { file: where.file, line: where.line, field: where.field };
  if (OWN_SITE.test(url)) {
    const local = url.replace(OWN_SITE, '') || '/';
    return {
      ...base,
      message: { nl: `de link "${url}" gebruikt het volledige adres van de site`, en: `the link "${url}" uses the site's full address` },
      fix: {
        nl: `schrijf alleen het pad, ${local}: dan werkt de link ook in een voorbeeldversie, en ziet de check of de pagina bestaat`,
        en: `write only the path, ${local}: the link then also works in a preview, and the check can see whether the page exists`,
      },
    };
  }
  if (/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(url)) return undefined; // https:, mailto:, tel: and other sites
  const [beforeHash, hash] = url.split('#', 2);
  const urlPath = beforeHash.split('?')[0];
  if (urlPath === '') {
    if (hash === undefined || !where.doc) return undefined;
    return anchorProblem(hash, where.doc, url, base, site);
  }
  if (!urlPath.startsWith('/')) {
    return {
      ...base,
      message: {
        nl: `de link "${url}" is relatief en werkt niet op andere pagina's`,
        en: `the link "${url}" is relative and breaks on other pages`,
      },
      fix: { nl: 'schrijf het hele pad met de taal, zoals /nl/hulp/', en: 'write the full path with the language, like /nl/hulp/' },
    };
  }
  if (!new RegExp(`^/${localePattern}(/|$)`).test(urlPath)) {
    if (publicFile(site, urlPath)) return undefined;
    const locale = isLocale(String(where.doc?.data.locale)) ? String(where.doc?.data.locale) : routing.defaultLocale;
    return {
      ...base,
      message: {
        nl: `de link "${url}" gaat nergens heen: links binnen de site beginnen met ${localePrefixes.replace(' or ', ' of ')}`,
        en: `the link "${url}" goes nowhere: internal links start with ${localePrefixes}`,
      },
      fix: {
        nl: `zet de taal ervoor, zoals /${locale}${urlPath.endsWith('/') ? urlPath : `${urlPath}/`}`,
        en: `add the language, like /${locale}${urlPath.endsWith('/') ? urlPath : `${urlPath}/`}`,
      },
    };
  }
  const target = site.pages.get(urlPath);
  if (!target) {
    const withSlash = `${urlPath}/`;
    if (site.pages.has(withSlash)) {
      return {
        ...base,
        message: { nl: `de link "${url}" mist de / aan het eind`, en: `the link "${url}" is missing its trailing slash` },
        fix: {
          nl: `schrijf ${withSlash}${hash === undefined ? '' : `#${hash}`}`,
          en: `write ${withSlash}${hash === undefined ? '' : `#${hash}`}`,
        },
      };
    }
    const lost = site.lost.get(urlPath);
    if (lost)
      return followOn(
        {
          ...base,
          message: {
            nl: `de link "${url}" gaat naar ${lost}, maar de frontmatter daarvan is niet te lezen`,
            en: `the link "${url}" points to ${lost}, whose frontmatter cannot be read`,
          },
        },
        lost,
      );
    return {
      ...base,
      message: {
        nl: `de link "${url}" gaat naar een pagina die niet bestaat`,
        en: `the link "${url}" points to a page that does not exist`,
      },
      fix: missingPageFix(urlPath, site),
    };
  }
  if (waiting(target, site.today) && !(where.doc && waiting(where.doc, site.today))) {
    return {
      ...base,
      message: {
        nl: `de link "${url}" gaat naar ${target.file}, maar dat is een concept of nog niet gepubliceerd: op de echte site werkt de link niet`,
        en: `the link "${url}" points to ${target.file}, which is a draft or not yet published: on the real site the link is broken`,
      },
      fix: {
        nl: 'publiceer die pagina eerst, of haal de link weg tot de pagina gepubliceerd is',
        en: 'publish that page first, or remove the link until it is published',
      },
    };
  }
  return hash === undefined ? undefined : anchorProblem(hash, target, url, base, site);
}

// A renamed page is the usual cause: its old address is still linked from pages, messages and elsewhere.
const RENAMED = {
  nl: 'Heb je die pagina een andere naam gegeven? Zet dan het oude adres in content/redirects.yaml (hoofdstuk 4 van de gids) en verander de links in het nieuwe adres.',
  en: 'If you renamed that page, add its old address to content/redirects.yaml (section 4 of the guide) and change the links to the new address.',
};

function missingPageFix(urlPath: string, site: Site): Bilingual {
  const near = didYouMean(
    urlPath,
    [...site.pages.keys()].filter((page) => page.startsWith(urlPath.slice(0, 4))),
    (s) => s,
  );
  // A page whose slug could not even be guessed may be the one, if it is in the link's language.
  const maybe = site.unreadable.filter((file) => file.split('/')[2] === urlPath.split('/')[1]);
  const first = maybe.length
    ? {
        nl: ` Misschien is het ${maybe.join(' of ')}, maar de frontmatter daarvan is niet te lezen: herstel die eerst.`,
        en: ` The page may be ${maybe.join(' or ')}, whose frontmatter cannot be read: fix that first.`,
      }
    : '';
  return join(
    {
      nl: 'controleer de slug in de frontmatter van de pagina waar de link naartoe gaat.',
      en: "check the slug in the target page's frontmatter.",
    },
    near,
    ' ',
    RENAMED,
    first,
  );
}

/** A draft, or a page whose publish date or embargo is still to come: absent from the real site. */
function waiting(doc: Doc, today: string): boolean {
  const from = doc.data.publishedAt ?? doc.data.embargo;
  return doc.data.draft === true || (typeof from === 'string' && from.slice(0, 10) > today);
}

function anchorProblem(hash: string, target: Doc, url: string, base: Omit<Problem, 'message'>, site: Site): Problem | undefined {
  // Without a readable body the chapters are unknown; the syntax error is reported on its own.
  if (target.unreadableMdx) return undefined;
  const anchors = anchorsOf(target, site);
  if (anchors.has(hash)) return undefined;
  const chapters = target.elements
    .filter((tag) => tag.name === 'Chapter' && typeof tag.props.id === 'string')
    .map((tag) => String(tag.props.id));
  const list = chapters.length
    ? { nl: ` De hoofdstukken zijn: ${chapters.join(', ')}.`, en: ` Its chapters are: ${chapters.join(', ')}.` }
    : { nl: ' De pagina heeft geen hoofdstukken.', en: ' It has no chapters.' };
  return {
    ...base,
    message: {
      nl: `de link "${url}" gaat naar #${hash}, maar ${target.file} heeft geen hoofdstuk met id="${hash}"`,
      en: `the link "${url}" points to #${hash}, but ${target.file} has no chapter with id="${hash}"`,
    },
    fix: join(
      { nl: 'gebruik een van de hoofdstuk-ids van de pagina.', en: "use one of the page's chapter ids." },
      didYouMean(hash, chapters),
      list,
    ),
  };
}

// Message values that hold an internal link, like "Zie /nl/hulp/" (but not "/{locale}/…" templates).
const INTERNAL = new RegExp(`(?:^|[\\s("'])(/${localePattern}(?:/[^\\s"'<>(){}]*)?)`, 'g');

function messageLinks(data: unknown, key: string, found: { key: string; url: string }[] = []) {
  if (typeof data === 'string') for (const match of data.matchAll(INTERNAL)) found.push({ key, url: match[1].replace(/[.,;:!?)]+$/, '') });
  else if (data && typeof data === 'object')
    for (const [child, value] of Object.entries(data)) messageLinks(value, key ? `${key}.${child}` : child, found);
  return found;
}

/** The pages that exist, by URL, for checking links from anywhere in the content. */
export function siteOf(content: Content, today: string): Site {
  const unreadable = content.docs.filter((doc) => doc.broken && doc.guess?.slug === undefined).map((doc) => doc.file);
  const site: Site = {
    pages: new Map(),
    lost: new Map(),
    factIds: content.facts.map((fact) => fact.id),
    root: content.root,
    unreadable,
    today,
  };
  for (const doc of content.docs) {
    const { locale, slug } = doc.data;
    if ((locales as readonly string[]).includes(String(locale)) && typeof slug === 'string')
      site.pages.set(pageUrl(String(locale), slug), doc);
    if (doc.guess?.slug !== undefined && (locales as readonly string[]).includes(doc.folder))
      site.lost.set(pageUrl(doc.folder, doc.guess.slug), doc.file);
  }
  return site;
}

/** The path of an internal link to a page that does not exist (not a missing slash, not a page that cannot be read). */
function missingPage(url: string, site: Site): string | undefined {
  if (OWN_SITE.test(url) || /^([a-z][a-z0-9+.-]*:|\/\/)/i.test(url)) return undefined;
  const urlPath = url.split('#')[0].split('?')[0];
  if (!new RegExp(`^/${localePattern}(/|$)`).test(urlPath)) return undefined;
  return site.pages.has(urlPath) || site.pages.has(`${urlPath}/`) || site.lost.has(urlPath) ? undefined : urlPath;
}

type Place = Where & { problem: Problem };
const placeName = ({ file, line, field }: Where) => (line ? `${file}:${line}` : field ? `${file} (${field})` : file);

/** Many links to one missing page (a renamed page, mostly) are one problem with one fix, naming every place. */
function groupMissing(places: Place[], urlPath: string, site: Site): Problem {
  if (places.length === 1) return places[0].problem;
  const [first] = places;
  return {
    file: first.file,
    line: first.line,
    field: first.field,
    message: {
      nl: `de pagina ${urlPath} bestaat niet, maar ${places.length} links gaan ernaartoe: ${places.map(placeName).join(', ')}`,
      en: `the page ${urlPath} does not exist, but ${places.length} links point to it: ${places.map(placeName).join(', ')}`,
    },
    fix: missingPageFix(urlPath, site),
  };
}

/** Every internal link in the pages and the UI messages must reach a page, and an anchor on it. */
export function checkLinks(content: Content, today: string): Problem[] {
  const site = siteOf(content, today);
  const problems: Problem[] = [];
  const missing = new Map<string, Place[]>();
  const check = (url: string, where: Where) => {
    const problem = linkProblem(url, where, site);
    if (!problem) return;
    const urlPath = missingPage(url, site);
    if (urlPath) missing.set(urlPath, [...(missing.get(urlPath) ?? []), { ...where, problem }]);
    else problems.push(problem);
  };
  for (const doc of content.docs) for (const link of doc.links) check(link.url, { file: doc.file, line: link.line, doc });
  for (const messages of content.messages)
    for (const { key, url } of messageLinks(messages.data, '')) check(url, { file: messages.file, field: key });
  for (const [urlPath, places] of missing) problems.push(groupMissing(places, urlPath, site));
  return problems;
}
