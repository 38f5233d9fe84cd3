import YAML from 'yaml';
import type { Problem } from '@/lib/content/validate';
import { join, type Bilingual } from './lang';

type Said = { message: Bilingual; fix: Bilingual };
type Found = Said & { line?: number; col?: number };
type YamlError = { code?: string; message?: string; linePos?: { line: number; col: number }[] };

// The parser's words ("Nested mappings are not allowed in compact mappings") are for developers: each
// typical editor mistake is named in plain words, and the parser's own text follows at the end of the fix.
const said = {
  colon: {
    message: { nl: 'een dubbele punt (:) in een waarde', en: 'a colon (:) inside a value' },
    fix: {
      nl: 'zet de hele waarde tussen dubbele aanhalingstekens, zoals title: "Let op: dit"',
      en: 'put the whole value in double quotes, like title: "Let op: dit"',
    },
  },
  indent: {
    message: {
      nl: 'de inspringing (spaties aan het begin van de regel) past niet bij de regels erboven',
      en: 'the indentation (spaces at the start of the line) does not match the lines above',
    },
    fix: {
      nl: 'geef velden op hetzelfde niveau evenveel spaties; nl: en en: staan twee spaties verder in dan hun veld',
      en: 'give fields at the same level the same number of spaces; nl: and en: go two spaces further in than their field',
    },
  },
  tab: {
    message: { nl: 'een tab aan het begin van de regel', en: 'a tab at the start of the line' },
    fix: { nl: 'spring in met spaties, niet met tabs', en: 'indent with spaces, not tabs' },
  },
  afterQuote: {
    message: { nl: 'er staat nog tekst na het sluitende aanhalingsteken', en: 'there is more text after the closing quote' },
    fix: {
      nl: "zet de aanhalingstekens om de hele waarde; binnen 'enkele aanhalingstekens' schrijf je een apostrof als twee (''), of zet \"dubbele aanhalingstekens\" eromheen",
      en: "put the quotes around the whole value; inside 'single quotes' write an apostrophe as two (''), or use \"double quotes\" around it",
    },
  },
  list: {
    message: { nl: 'een lijst in [ ] of { } is niet gesloten', en: 'a list in [ ] or { } is not closed' },
    fix: { nl: 'sluit hem met ] of } op dezelfde regel', en: 'end it with ] or } on the same line' },
  },
  notField: {
    message: { nl: 'deze regel is geen veld', en: 'this line is not a field' },
    fix: {
      nl: 'schrijf een veld als naam: waarde, met een spatie na de dubbele punt; een lange tekst blijft op één regel, tussen aanhalingstekens',
      en: 'write a field as name: value, with a space after the colon; a long text stays on one line, in quotes',
    },
  },
  backslash: {
    message: { nl: 'een backslash (\\) tussen dubbele aanhalingstekens', en: 'a backslash (\\) inside double quotes' },
    fix: {
      nl: 'schrijf \\\\ voor een backslash, of zet enkele aanhalingstekens om de waarde',
      en: 'write \\\\ for a backslash, or use single quotes around the value',
    },
  },
  documents: {
    message: { nl: 'een regel met alleen --- midden in het bestand', en: 'a line with only --- in the middle of the file' },
    fix: {
      nl: 'haal hem weg: --- begint en eindigt alleen de frontmatter van een pagina',
      en: 'remove it: --- only starts and ends the frontmatter of a page',
    },
  },
  other: {
    message: { nl: 'deze regel is niet te lezen', en: 'this line cannot be read' },
    fix: {
      nl: 'controleer de aanhalingstekens, dubbele punten en inspringing op deze regel en de regel erboven',
      en: 'check the quotes, colons and indentation on this line and the one above',
    },
  },
} satisfies Record<string, Said>;

const quote = (q: string): Said => ({
  message: { nl: `een aanhalingsteken (${q}) is geopend maar niet gesloten`, en: `a quote (${q}) is opened but not closed` },
  fix: {
    nl: `eindig de waarde met hetzelfde aanhalingsteken (${q}); wil je dat teken in de waarde zelf, zet dan de andere soort aanhalingstekens eromheen`,
    en: `end the value with the same quote (${q}); to write that quote inside the value, use the other kind of quote around it`,
  },
});
const twice = (key: string): Said => ({
  message: { nl: `het veld "${key}" staat er twee keer`, en: `the field "${key}" appears twice` },
  fix: { nl: 'houd er één', en: 'keep one of them' },
});
const reserved = (char: string): Said => ({
  message: {
    nl: `de waarde begint met ${char}, een teken dat YAML zelf gebruikt`,
    en: `the value starts with ${char}, a character YAML reserves`,
  },
  fix: { nl: 'zet de hele waarde tussen dubbele aanhalingstekens', en: 'put the whole value in double quotes' },
});

/** Where a quote is opened and not closed on its line: the parser only notices further down. */
function openQuote(lines: string[], q: string): { line: number; col: number } | undefined {
  for (const [index, text] of lines.entries()) {
    const start = text.search(new RegExp(`(^|:\\s|-\\s|\\[|,\\s*)${q}`));
    if (start < 0) continue;
    const at = text.indexOf(q, start);
    const rest = text.slice(at + 1).replace(q === "'" ? /''/g : /\\"/g, '');
    if (!rest.includes(q)) return { line: index + 1, col: at + 1 };
  }
  return undefined;
}

/** Which mistake the parser found, in plain words, and the line to look at. */
function explain(e: YamlError, lines: string[]): Found {
  const line = e.linePos?.[0]?.line;
  const col = e.linePos?.[0]?.col;
  const text = line ? (lines[line - 1] ?? '') : '';
  const original = e.message ?? '';
  switch (e.code) {
    case 'BLOCK_AS_IMPLICIT_KEY':
      // "title: Let op: dit" and an over-indented next line get the same code; the line tells them apart.
      return { ...(/^\s*[^\s:]+:\s+\S.*:(\s|$)/.test(text) ? said.colon : said.indent), line, col };
    case 'BAD_INDENT':
      return { ...(/end with a [\]}]/.test(original) ? said.list : said.indent), line, col };
    case 'TAB_AS_INDENT':
      return { ...said.tab, line, col };
    case 'MISSING_CHAR': {
      const q = /Missing closing (['"])/.exec(original)?.[1];
      return q ? { ...quote(q), ...(openQuote(lines, q) ?? { line, col }) } : { ...said.other, line, col };
    }
    case 'UNEXPECTED_TOKEN':
      return { ...said.afterQuote, line, col };
    case 'DUPLICATE_KEY':
      return { ...twice(/^\s*([^:]+):/.exec(text)?.[1]?.trim() ?? '…'), line, col };
    case 'BAD_SCALAR_START':
      return { ...reserved(/character (\S)/.exec(original)?.[1] ?? '…'), line, col };
    case 'MULTILINE_IMPLICIT_KEY':
      return { ...said.notField, line, col };
    case 'BAD_DQ_ESCAPE':
      return { ...said.backslash, line, col };
    case 'MULTIPLE_DOCS':
      return { ...said.documents, line, col };
    default:
      // An alias (*name) has no code: a value that starts with * or & is meant as text.
      return /alias/i.test(original) ? { ...reserved('*'), line } : { ...said.other, line, col };
  }
}

/** Parses YAML with the `yaml` package (dates stay text); a syntax error becomes one problem with its line. */
export function parseYaml(file: string, text: string): { data?: unknown; problem?: Problem } {
  try {
    return { data: YAML.parse(text) };
  } catch (error) {
    const e = error as YamlError;
    const mistake = explain(e, text.split('\n'));
    const where = mistake.col ? { nl: ` (kolom ${mistake.col})`, en: ` (column ${mistake.col})` } : { nl: '', en: '' };
    const technical = (e.message ?? '').split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    return {
      problem: {
        file,
        line: mistake.line,
        message: {
          nl: `de YAML is niet te lezen: ${mistake.message.nl}${where.nl}`,
          en: `the YAML cannot be read: ${mistake.message.en}${where.en}`,
        },
        // The parser's own words stay English: a note for a developer.
        fix: join(mistake.fix, { nl: '. (De parser zegt: ', en: '. (The parser says: ' }, `${technical})`),
        unreadable: true,
      },
    };
  }
}

/** Data files and frontmatter must be a mapping of fields, not a list or a single value. */
export function isFields(data: unknown): data is Record<string, unknown> {
  return data !== null && typeof data === 'object' && !Array.isArray(data);
}
