import type { Problem } from '@/lib/content/validate';
import { followOn } from './causes';
import { strayFigure } from './figures';
import { unknownFactFix } from './suggest';
import type { DataFile } from './types';
import type { Bilingual, Text } from './lang';
import { inLang } from './lang';

/** Texts of a scenario or quiz file (bilingual fields, by dotted path) that must not carry figures. */
export function typedFigures(file: DataFile, texts: [field: string, value: unknown][]): Problem[] {
  return texts.flatMap(([field, value]) => {
    if (!value || typeof value !== 'object') return [];
    return Object.entries(value as Record<string, unknown>).flatMap(([locale, text]) => {
      // The same rule as for MDX text (lib/check/figures.ts): years, dates and names like 3-MMC are fine.
      const figure = typeof text === 'string' ? strayFigure(text) : undefined;
      if (!figure) return [];
      return [
        {
          file: file.file,
          field: `${field}.${locale}`,
          message: {
            nl: `${field}.${locale} bevat het cijfer "${figure}": elk cijfer op de site komt uit een feit`,
            en: `${field}.${locale} contains the figure "${figure}": every figure on the site comes from a fact`,
          },
          fix: {
            nl: 'schrijf het zonder het getal; het feit dat erbij staat, toont zelf het cijfer met de bron',
            en: 'write it without the number; the fact shown with it prints its own figure with the source',
          },
        },
      ];
    });
  });
}

/** Each item needs its own place: two files with the same order would swap at random. */
export function duplicateOrders(files: DataFile[], what: Text): Problem[] {
  const seen = new Map<number, string>();
  const problems: Problem[] = [];
  for (const file of files) {
    const order = file.data?.order;
    if (typeof order !== 'number') continue;
    const first = seen.get(order);
    if (first)
      problems.push({
        file: file.file,
        field: 'order',
        message: { nl: `order ${order} wordt ook gebruikt door ${first}`, en: `order ${order} is also used by ${first}` },
        fix: { nl: `geef elke ${inLang(what, 'nl')} een eigen nummer`, en: `give every ${inLang(what, 'en')} its own number` },
      });
    else seen.set(order, file.file);
  }
  return problems;
}

/** A data file's name is its id (in fact="…", in ?bill=): only a-z, 0-9 and -. */
export function fileIdProblems({ file, id }: DataFile, example: string, usedAs: Text = ''): Problem[] {
  if (/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) return [];
  return [
    {
      file,
      message: {
        nl: `de bestandsnaam "${id}" is geen bruikbare id${inLang(usedAs, 'nl')}`,
        en: `the file name "${id}" is not a usable id${inLang(usedAs, 'en')}`,
      },
      fix: {
        nl: `geef het bestand een naam met alleen a-z, 0-9 en -, zoals ${example}`,
        en: `rename the file using only a-z, 0-9 and -, like ${example}`,
      },
    },
  ];
}

/** A data file's field names a fact that has no file in content/facts. */
export function unknownFact(file: string, field: string, id: string, known: Iterable<string>, fix?: Bilingual): Problem {
  return {
    file,
    field,
    message: {
      nl: `feit "${id}" bestaat niet (er is geen content/facts/${id}.yaml)`,
      en: `fact "${id}" does not exist (there is no content/facts/${id}.yaml)`,
    },
    fix: unknownFactFix(id, known, fix),
  };
}

/** A use of a fact or help resource whose own file cannot be read: shown under that file's error. */
export function unreadableUse(where: Pick<Problem, 'file' | 'line' | 'field'>, what: Text, id: Text, cause: string): Problem {
  const message = {
    nl: `${inLang(what, 'nl')} gebruikt ${inLang(id, 'nl')}, maar dat bestand is niet te lezen`,
    en: `${inLang(what, 'en')} uses ${inLang(id, 'en')}, whose file cannot be read`,
  };
  return followOn({ ...where, message }, cause);
}

/** A fact id in a data file: unknown, or known but unreadable (then it follows from that file). */
export function factUseProblem(file: string, field: string, id: string, facts: Map<string, DataFile>): Problem | undefined {
  const fact = facts.get(id);
  if (!fact) return unknownFact(file, field, id, facts.keys());
  const what = { nl: 'dit veld', en: 'this field' };
  return fact.data ? undefined : unreadableUse({ file, field }, what, { nl: `feit "${id}"`, en: `fact "${id}"` }, fact.file);
}
