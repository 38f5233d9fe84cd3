import YAML from 'yaml';
import type { Problem } from '@/lib/content/validate';

const hints: Record<string, string> = {
  BLOCK_AS_IMPLICIT_KEY: 'a value contains ": " – put the whole value in quotes, like text: \'Let op: dit\'',
  MISSING_CHAR: 'a quote, colon or bracket is missing – check that every quote you open is closed',
  DUPLICATE_KEY: 'a field appears twice – keep one of them',
  TAB_AS_INDENT: 'use spaces, not tabs, to indent',
  BAD_INDENT: 'the indentation is off – indent nested fields (like nl: and en:) by two spaces',
};

/** Parses YAML with the `yaml` package (dates stay text); a syntax error becomes one problem with its line. */
export function parseYaml(file: string, text: string): { data?: unknown; problem?: Problem } {
  try {
    return { data: YAML.parse(text) };
  } catch (error) {
    const e = error as { code?: string; message?: string; linePos?: { line: number }[] };
    const what = (e.message ?? 'unreadable YAML').split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    const fix = hints[e.code ?? ''] ?? 'check the quotes, colons and indentation on this line';
    return { problem: { file, line: e.linePos?.[0]?.line, message: `the YAML cannot be read: ${what}`, fix } };
  }
}

/** Data files and frontmatter must be a mapping of fields, not a list or a single value. */
export function isFields(data: unknown): data is Record<string, unknown> {
  return data !== null && typeof data === 'object' && !Array.isArray(data);
}
