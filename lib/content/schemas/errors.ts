import type { z } from 'zod';

// The editors' words for zod's issues, chosen by the issue's code and data (never by zod's English
// text). A schema's own `error:` wins over these (zod's precedence); these fill in the rest. Each map
// is one function from issue to message, so another language is one more function.

type RawIssue = z.core.$ZodRawIssue;

/** What kind of value the editor wrote, in zod's type names (null and arrays named apart). */
export function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

const typeWords: Record<string, string> = { string: 'text', number: 'a number', int: 'a whole number', boolean: 'true or false', object: 'a block of fields', array: 'a list', null: 'empty' };
const formatWords: Record<string, string> = { email: 'an e-mail address', url: 'a full web address starting with https://', regex: 'written in the expected form' };

export const wordsForType = (type: string): string => typeWords[type] ?? type;

const plural = (count: number | bigint, one: string, many: string) => `${count} ${Number(count) === 1 ? one : many}`;

/** The error map for every content file: `schema.safeParse(data, { error: issueMessage })`. */
export function issueMessage(issue: RawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'is missing' : `must be ${wordsForType(issue.expected)}, but it is ${wordsForType(typeOf(issue.input))}`;
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'may not be empty' : `needs at least ${plural(issue.minimum, 'character', 'characters')}`;
      if (issue.origin === 'array' || issue.origin === 'set') return `needs at least ${plural(issue.minimum, 'item', 'items')}`;
      return issue.inclusive === false ? `must be more than ${issue.minimum}` : `must be ${issue.minimum} or more`;
    case 'too_big':
      if (issue.origin === 'string') return `may be at most ${plural(issue.maximum, 'character', 'characters')}`;
      if (issue.origin === 'array' || issue.origin === 'set') return `may have at most ${plural(issue.maximum, 'item', 'items')}`;
      return issue.inclusive === false ? `must be less than ${issue.maximum}` : `must be ${issue.maximum} or less`;
    case 'invalid_value':
      return issue.values.length === 1 ? `must be ${String(issue.values[0])}` : `must be one of: ${issue.values.map(String).join(', ')}`;
    case 'invalid_format':
      return `must be ${formatWords[issue.format] ?? `a valid ${issue.format}`}`;
    case 'unrecognized_keys':
      return `has unknown field${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}`;
    case 'invalid_union':
      return 'is not one of the allowed forms';
    default:
      return 'is not valid';
  }
}

/** The error map for story component props: what to write inside a tag. */
export function propIssueMessage(issue: RawIssue): string {
  if (issue.code === 'invalid_type' && issue.expected === 'boolean') return 'is a switch: write just the name, without ="…" (like persona)';
  if (issue.code === 'invalid_type' && issue.expected === 'string') return 'must be text in double quotes';
  if (issue.code === 'invalid_type') return `must be ${issue.expected}`;
  return issueMessage(issue);
}
