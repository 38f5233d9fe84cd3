import type { Problem } from '@/lib/content/validate';
import type { Content } from './types';

type Leaves = Map<string, unknown>;

function leaves(data: unknown, prefix = '', found: Leaves = new Map()): Leaves {
  if (data !== null && typeof data === 'object' && !Array.isArray(data)) {
    for (const [key, value] of Object.entries(data)) leaves(value, prefix ? `${prefix}.${key}` : key, found);
  } else {
    found.set(prefix, data);
  }
  return found;
}

// {name} and {count, plural, …} are filled in by the site; a name missing in one language shows as raw text.
const placeholders = (value: unknown) => new Set([...String(value).matchAll(/\{\s*(\w+)\s*[,}]/g)].map((match) => match[1]));

/** Both message files must have the same keys, none of them empty, with the same placeholders. */
export function checkMessages(content: Content): Problem[] {
  const problems: Problem[] = [];
  const files = content.messages.filter((messages) => messages.data);
  const all = new Map(files.map((messages) => [messages.locale, leaves(messages.data)]));
  for (const messages of files) {
    const mine = all.get(messages.locale)!;
    for (const [key, value] of mine) {
      if (typeof value !== 'string') {
        problems.push({
          file: messages.file,
          field: key,
          message: {
            nl: `bericht ${key} moet tekst tussen dubbele aanhalingstekens zijn`,
            en: `message ${key} must be text in double quotes`,
          },
          fix: { nl: `schrijf "${key.split('.').pop()}": "…"`, en: `write "${key.split('.').pop()}": "…"` },
        });
      } else if (value.trim() === '') {
        problems.push({
          file: messages.file,
          field: key,
          message: { nl: `bericht ${key} is leeg`, en: `message ${key} is empty` },
          fix: {
            nl: 'schrijf de tekst, of vraag een ontwikkelaar om de key uit beide bestanden te halen',
            en: 'write the text, or ask a developer to remove the key from both files',
          },
        });
      }
    }
    for (const other of files) {
      if (other === messages) continue;
      const theirs = all.get(other.locale)!;
      for (const [key, value] of theirs) {
        if (!mine.has(key)) {
          problems.push({
            file: messages.file,
            field: key,
            message: {
              nl: `bericht ${key} staat in ${other.file}, maar ontbreekt hier`,
              en: `message ${key} is in ${other.file} but missing here`,
            },
            fix: {
              nl: `zet "${key.split('.').pop()}" onder ${key.split('.').slice(0, -1).join('.') || 'het bovenste niveau'} in ${messages.file}, vertaald`,
              en: `add "${key.split('.').pop()}" under ${key.split('.').slice(0, -1).join('.') || 'the top level'} in ${messages.file}, translated`,
            },
          });
          continue;
        }
        const missing = [...placeholders(value)].filter((name) => !placeholders(mine.get(key)).has(name));
        if (missing.length)
          problems.push({
            file: messages.file,
            field: key,
            message: {
              nl: `bericht ${key} mist ${missing.map((name) => `{${name}}`).join(', ')}, dat wel in ${other.file} staat`,
              en: `message ${key} lacks ${missing.map((name) => `{${name}}`).join(', ')}, which ${other.file} has`,
            },
            fix: {
              nl: 'neem elk {woord tussen accolades} precies over uit de andere taal',
              en: 'keep every {placeholder} exactly as it is in the other language',
            },
          });
      }
    }
  }
  return problems;
}
