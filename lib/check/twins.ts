import type { Problem } from '@/lib/content/validate';
import { followOn } from './causes';
import { closest } from './suggest';
import { isLocale, type Locale } from '@/i18n/routing';
import { otherLocale } from '@/lib/site';
import { locales, type Content, type Doc } from './types';
import { inLang, type Bilingual } from './lang';

// The other language as a word: "geen Engelse tweeling" / "no English twin".
const language: Record<string, Bilingual> = { nl: { nl: 'Nederlandse', en: 'Dutch' }, en: { nl: 'Engelse', en: 'English' } };
const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
const localeOf = (doc: Doc): Locale | undefined => (isLocale(String(doc.data.locale)) ? (String(doc.data.locale) as Locale) : undefined);

/** One problem per clash, on the later file, naming every file that shares the value. */
function clashes(docs: Doc[], field: 'slug' | 'translationKey'): Problem[] {
  const groups = new Map<string, Doc[]>();
  for (const doc of docs) {
    const value = text(doc.data[field]);
    const locale = localeOf(doc);
    if (value === undefined || !locale) continue;
    const key = `${locale} ${value}`;
    groups.set(key, [...(groups.get(key) ?? []), doc]);
  }
  return [...groups.entries()]
    .filter(([, group]) => group.length > 1)
    .map(([key, group]) => {
      const [locale, value] = key.split(' ');
      const files = group.map((doc) => doc.file).sort();
      const shown = value === '' ? { nl: "'' (de startpagina)", en: "'' (the home page)" } : `"${value}"`;
      return {
        file: files[files.length - 1],
        field,
        message: {
          nl: `de ${field} ${inLang(shown, 'nl')} wordt gebruikt door ${files.length} ${locale}-bestanden: ${files.join(' en ')}`,
          en: `the ${field} ${inLang(shown, 'en')} is used by ${files.length} ${locale} files: ${files.join(' and ')}`,
        },
        fix:
          field === 'slug'
            ? {
                nl: "geef elke pagina een eigen slug: twee pagina's kunnen niet één adres delen",
                en: 'give each page its own slug: two pages cannot share one address',
              }
            : {
                nl: 'geef elke pagina een eigen translationKey; alleen een pagina en haar vertaling delen er een',
                en: 'give each page its own translationKey; only a page and its translation share one',
              },
      };
    });
}

/** Every page needs its translation: same translationKey, other language. */
function missingTwins(docs: Doc[]): Problem[] {
  const keys = new Map<string, Set<string>>(locales.map((locale) => [locale, new Set()]));
  for (const doc of docs) {
    const key = text(doc.data.translationKey);
    const locale = localeOf(doc);
    if (key && locale) keys.get(locale)!.add(key);
  }
  const problems: Problem[] = [];
  for (const doc of docs) {
    const key = text(doc.data.translationKey);
    const locale = localeOf(doc);
    if (!key || !locale) continue;
    const other = otherLocale(locale);
    if (keys.get(other)!.has(key)) continue;
    // The twin is there, but its frontmatter cannot be read: that is the one thing to fix.
    const lost = docs.find((candidate) => candidate.broken && candidate.folder === other && candidate.guess?.translationKey === key);
    if (lost) {
      problems.push(
        followOn(
          {
            file: doc.file,
            field: 'translationKey',
            message: {
              nl: `de ${language[other].nl} tweeling van deze pagina is ${lost.file}, maar de frontmatter daarvan is niet te lezen`,
              en: `this page's ${language[other].en} twin is ${lost.file}, whose frontmatter cannot be read`,
            },
          },
          lost.file,
        ),
      );
      continue;
    }
    // A near miss in the other language (health vs helth) is more likely a typo than a missing page.
    const lonely = [...keys.get(other)!].filter((candidate) => !keys.get(locale)!.has(candidate));
    const near = closest(key, lonely);
    const twin = docs.find((candidate) => localeOf(candidate) === other && candidate.data.translationKey === near);
    // The twin may exist but have frontmatter the check cannot read; then that is the thing to fix.
    const unreadable = docs
      .filter((candidate) => candidate.broken && candidate.folder === other && !candidate.guess?.translationKey)
      .map((candidate) => candidate.file);
    const first = unreadable.length
      ? {
          nl: ` Herstel eerst de frontmatter van ${unreadable.join(', ')}: dat is misschien de tweeling.`,
          en: ` First fix the frontmatter of ${unreadable.join(', ')}: it may be the twin.`,
        }
      : '';
    problems.push({
      file: doc.file,
      field: 'translationKey',
      message: {
        nl: `deze pagina heeft geen ${language[other].nl} tweeling: geen ${other}-pagina heeft translationKey "${key}"`,
        en: `this page has no ${language[other].en} twin: no ${other} page has translationKey "${key}"`,
      },
      fix: twin
        ? {
            nl: `${twin.file} heeft translationKey "${near}": maak de twee keys gelijk`,
            en: `${twin.file} has translationKey "${near}": make the two keys the same`,
          }
        : {
            nl: `maak content/${doc.kind}/${other}/<naam>.mdx met locale: ${other} en translationKey: ${key} (of verbeter deze key als de tweeling er al is).${inLang(first, 'nl')}`,
            en: `create content/${doc.kind}/${other}/<name>.mdx with locale: ${other} and translationKey: ${key} (or correct this key if the twin exists).${inLang(first, 'en')}`,
          },
    });
  }
  return problems;
}

/** Addresses and translations: no two pages on one URL, no page without its twin. */
export function checkTwins(content: Content): Problem[] {
  return [...clashes(content.docs, 'slug'), ...clashes(content.docs, 'translationKey'), ...missingTwins(content.docs)];
}
