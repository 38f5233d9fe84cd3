import type { z } from 'zod';
import { join, type Bilingual } from '@/lib/check/lang';
import { say } from './dutch';

// The editors' words for zod's issues, chosen by the issue's code and data (never by zod's English
// text). A schema's own `error:` wins over these (zod's precedence); these fill in the rest. Each message
// is written in Dutch and English (issueText); zod gets the English, and say() (dutch.ts) keeps the
// Dutch for the content check.

type RawIssue = z.core.$ZodRawIssue;

/** What kind of value the editor wrote, in zod's type names (null and arrays named apart). */
export function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

const typeWords: Record<string, Bilingual> = {
  string: { nl: 'tekst', en: 'text' },
  number: { nl: 'een getal', en: 'a number' },
  int: { nl: 'een heel getal', en: 'a whole number' },
  boolean: { nl: 'true of false', en: 'true or false' },
  object: { nl: 'een blok velden', en: 'a block of fields' },
  array: { nl: 'een lijst', en: 'a list' },
  null: { nl: 'leeg', en: 'empty' },
};
const formatWords: Record<string, Bilingual> = {
  email: { nl: 'een e-mailadres', en: 'an e-mail address' },
  url: { nl: 'een volledig webadres dat begint met https://', en: 'a full web address starting with https://' },
  regex: { nl: 'geschreven in de verwachte vorm', en: 'written in the expected form' },
};

/** A type in the editors' words, in both languages. */
export const wordsForType = (type: string): Bilingual => typeWords[type] ?? { nl: type, en: type };

const plural = (count: number | bigint, one: Bilingual, many: Bilingual): Bilingual => join(`${count} `, Number(count) === 1 ? one : many);
const character: [Bilingual, Bilingual] = [
  { nl: 'teken', en: 'character' },
  { nl: 'tekens', en: 'characters' },
];
const item: [Bilingual, Bilingual] = [
  { nl: 'onderdeel', en: 'item' },
  { nl: 'onderdelen', en: 'items' },
];

/** Both languages of a message with one part in the middle: `around({ nl: ['moet ', ' zijn'], en: ['must be ', ''] }, part)`. */
const around = (before: Bilingual, part: Bilingual, after: Bilingual = { nl: '', en: '' }): Bilingual => join(before, part, after);

/** The words for an issue, in both languages: the error maps below give zod the English. */
export function issueText(issue: RawIssue): Bilingual {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? { nl: 'ontbreekt', en: 'is missing' }
        : join({ nl: 'moet ', en: 'must be ' }, wordsForType(issue.expected), { nl: ' zijn, maar het is ', en: ', but it is ' }, wordsForType(typeOf(issue.input)));
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? { nl: 'mag niet leeg zijn', en: 'may not be empty' } : around({ nl: 'heeft minstens ', en: 'needs at least ' }, plural(issue.minimum, ...character), { nl: ' nodig', en: '' });
      if (issue.origin === 'array' || issue.origin === 'set') return around({ nl: 'heeft minstens ', en: 'needs at least ' }, plural(issue.minimum, ...item), { nl: ' nodig', en: '' });
      return issue.inclusive === false ? { nl: `moet meer dan ${issue.minimum} zijn`, en: `must be more than ${issue.minimum}` } : { nl: `moet ${issue.minimum} of meer zijn`, en: `must be ${issue.minimum} or more` };
    case 'too_big':
      if (issue.origin === 'string') return around({ nl: 'mag hoogstens ', en: 'may be at most ' }, plural(issue.maximum, ...character), { nl: ' hebben', en: '' });
      if (issue.origin === 'array' || issue.origin === 'set') return around({ nl: 'mag hoogstens ', en: 'may have at most ' }, plural(issue.maximum, ...item), { nl: ' hebben', en: '' });
      return issue.inclusive === false ? { nl: `moet minder dan ${issue.maximum} zijn`, en: `must be less than ${issue.maximum}` } : { nl: `moet ${issue.maximum} of minder zijn`, en: `must be ${issue.maximum} or less` };
    case 'invalid_value':
      return issue.values.length === 1
        ? { nl: `moet ${String(issue.values[0])} zijn`, en: `must be ${String(issue.values[0])}` }
        : { nl: `moet een van deze zijn: ${issue.values.map(String).join(', ')}`, en: `must be one of: ${issue.values.map(String).join(', ')}` };
    case 'invalid_format':
      return around({ nl: 'moet ', en: 'must be ' }, formatWords[issue.format] ?? { nl: `een geldige ${issue.format}`, en: `a valid ${issue.format}` }, { nl: ' zijn', en: '' });
    case 'unrecognized_keys':
      return issue.keys.length > 1 ? { nl: `heeft onbekende velden: ${issue.keys.join(', ')}`, en: `has unknown fields: ${issue.keys.join(', ')}` } : { nl: `heeft een onbekend veld: ${issue.keys.join(', ')}`, en: `has unknown field: ${issue.keys.join(', ')}` };
    case 'invalid_union':
      return { nl: 'heeft geen van de toegestane vormen', en: 'is not one of the allowed forms' };
    default:
      return { nl: 'is niet geldig', en: 'is not valid' };
  }
}

/** The error map for every content file: `schema.safeParse(data, { error: issueMessage })`. */
export const issueMessage = (issue: RawIssue): string => say(issueText(issue));

/** The words for a story component's prop issue: what to write inside a tag. */
export function propIssueText(issue: RawIssue): Bilingual {
  if (issue.code === 'invalid_type' && issue.expected === 'boolean') return { nl: 'is een schakelaar: schrijf alleen de naam, zonder ="…" (zoals persona)', en: 'is a switch: write just the name, without ="…" (like persona)' };
  if (issue.code === 'invalid_type' && issue.expected === 'string') return { nl: 'moet tekst tussen dubbele aanhalingstekens zijn', en: 'must be text in double quotes' };
  if (issue.code === 'invalid_type') return { nl: `moet ${issue.expected} zijn`, en: `must be ${issue.expected}` };
  return issueText(issue);
}

/** The error map for story component props. */
export const propIssueMessage = (issue: RawIssue): string => say(propIssueText(issue));
