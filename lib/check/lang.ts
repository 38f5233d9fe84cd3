// The content check speaks Dutch by default, the editors' language, and English on request
// (`content:check --lang en`, or CONTENT_CHECK_LANG=en for the build). Each message is written once,
// at the place that finds the problem, with both texts side by side: the checks never need to know
// the language, and the editors' guide test reads the literal words of both.

import { routing, type Locale } from '@/i18n/routing';

// The languages of the messages are the site's own (i18n/routing.ts); Dutch, the default, comes first.
export const langs = routing.locales;
export type Lang = Locale;
export const defaultLang: Lang = routing.defaultLocale;

/** One message in both languages. */
export type Bilingual = Record<Lang, string>;
/** A message: both languages, or one string that reads the same in both (a name, a path, a parser's own words). */
export type Text = string | Bilingual;

export const isLang = (value: unknown): value is Lang => langs.includes(value as Lang);

/** The language CONTENT_CHECK_LANG asks for, or Dutch. */
export function envLang(): Lang {
  const value = typeof process === 'undefined' ? undefined : process.env.CONTENT_CHECK_LANG;
  return isLang(value) ? value : defaultLang;
}

/** The text in one language. */
export const inLang = (text: Text, lang: Lang): string => (typeof text === 'string' ? text : text[lang]);

/** Texts put one after the other, in each language: `join(start, didYouMean(…))`. */
export function join(...texts: Text[]): Bilingual {
  return { nl: texts.map((text) => inLang(text, 'nl')).join(''), en: texts.map((text) => inLang(text, 'en')).join('') };
}

/** A count and its noun: "1 fout", "2 fouten"; "1 error", "2 errors". */
export const count = (value: number, one: Bilingual, many: Bilingual): Bilingual => join(`${value} `, value === 1 ? one : many);

/** The words around the messages: the labels of a problem and the last line of a run. */
export const labels = {
  error: { nl: 'fout', en: 'error' },
  warning: { nl: 'waarschuwing', en: 'warning' },
  fix: { nl: 'oplossing', en: 'fix' },
} satisfies Record<string, Bilingual>;

const decimalMark: Bilingual = { nl: ',', en: '.' };

/** The last line of a run: "1 fout, 1 waarschuwing in 96 bestanden (2,1 s)". */
export function summary(errors: number, warnings: number, files: number, seconds: number, lang: Lang): string {
  const time = seconds.toFixed(1).replace('.', decimalMark[lang]);
  const line = join(
    count(errors, { nl: 'fout', en: 'error' }, { nl: 'fouten', en: 'errors' }),
    ', ',
    count(warnings, { nl: 'waarschuwing', en: 'warning' }, { nl: 'waarschuwingen', en: 'warnings' }),
    { nl: ' in ', en: ' in ' },
    count(files, { nl: 'bestand', en: 'file' }, { nl: 'bestanden', en: 'files' }),
    ` (${time} s)`,
  );
  return line[lang];
}
