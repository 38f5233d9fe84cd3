import type { Problem } from '@/lib/content/validate';
import type { DataFile } from './types';

// A number written by hand: digits not glued to a name (3-MMC and 4-MMC are names, not figures).
const FIGURE = /(?:^|[^\p{L}\d-])(\d+(?:[.,]\d+)*)(?!-?[\p{L}\d])/u;

/** Texts of a scenario or quiz file (bilingual fields, by dotted path) that must not carry figures. */
export function typedFigures(file: DataFile, texts: [field: string, value: unknown][]): Problem[] {
  return texts.flatMap(([field, value]) => {
    if (!value || typeof value !== 'object') return [];
    return Object.entries(value as Record<string, unknown>).flatMap(([locale, text]) => {
      const match = typeof text === 'string' ? FIGURE.exec(text) : null;
      if (!match) return [];
      return [{
        file: file.file,
        field: `${field}.${locale}`,
        message: `${field}.${locale} contains the figure "${match[1]}": every figure on the site comes from a fact`,
        fix: 'write it without the number; the fact shown with it prints its own figure with the source',
      }];
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
    if (first) problems.push({ file: file.file, field: 'order', message: `order ${order} is also used by ${first}`, fix: `give every ${what} its own number` });
    else seen.set(order, file.file);
  }
  return problems;
}
