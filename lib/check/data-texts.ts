import type { Problem } from '@/lib/content/validate';
import { followOn } from './causes';
import { strayFigure } from './figures';
import { unknownFactFix } from './suggest';
import type { DataFile } from './types';

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
          message: `${field}.${locale} contains the figure "${figure}": every figure on the site comes from a fact`,
          fix: 'write it without the number; the fact shown with it prints its own figure with the source',
        },
      ];
    });
  });
}

/** Each item needs its own place: two files with the same order would swap at random. */
export function duplicateOrders(files: DataFile[], what: string): Problem[] {
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
        message: `order ${order} is also used by ${first}`,
        fix: `give every ${what} its own number`,
      });
    else seen.set(order, file.file);
  }
  return problems;
}

/** A data file's name is its id (in fact="…", in ?bill=): only a-z, 0-9 and -. */
export function fileIdProblems({ file, id }: DataFile, example: string, usedAs = ''): Problem[] {
  if (/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) return [];
  return [
    {
      file,
      message: `the file name "${id}" is not a usable id${usedAs}`,
      fix: `rename the file using only a-z, 0-9 and -, like ${example}`,
    },
  ];
}

/** A data file's field names a fact that has no file in content/facts. */
export function unknownFact(
  file: string,
  field: string,
  id: string,
  known: Iterable<string>,
  fix = 'check the spelling or add the fact.',
): Problem {
  return {
    file,
    field,
    message: `fact "${id}" does not exist (there is no content/facts/${id}.yaml)`,
    fix: unknownFactFix(id, known, fix),
  };
}

/** A use of a fact or help resource whose own file cannot be read: shown under that file's error. */
export function unreadableUse(where: Pick<Problem, 'file' | 'line' | 'field'>, what: string, id: string, cause: string): Problem {
  return followOn({ ...where, message: `${what} uses ${id}, whose file cannot be read` }, cause);
}

/** A fact id in a data file: unknown, or known but unreadable (then it follows from that file). */
export function factUseProblem(file: string, field: string, id: string, facts: Map<string, DataFile>): Problem | undefined {
  const fact = facts.get(id);
  if (!fact) return unknownFact(file, field, id, facts.keys());
  return fact.data ? undefined : unreadableUse({ file, field }, 'this field', `fact "${id}"`, fact.file);
}
