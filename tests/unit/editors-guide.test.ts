// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { componentNames } from '@/lib/content/schemas/components';
import { correctionSchema } from '@/lib/content/schemas/correction';
import { factSchema, seriesPointSchema, seriesSchema } from '@/lib/content/schemas/fact';
import { helpSchema } from '@/lib/content/schemas/help';
import { pageSchema, storySchema } from '@/lib/content/schemas/page';
import { pressSchema } from '@/lib/content/schemas/press';
import { quizOptionSchema, quizQuestionSchema } from '@/lib/content/schemas/quiz';
import { scenarioLineSchema, scenarioSchema } from '@/lib/content/schemas/scenario';

// The editors' guide (content/README.md, Dutch, and content/README.en.md) must stay in step with the
// code: its copy-paste examples are the files the component tests render, and it names every
// component, every field the schemas accept and every message the content check prints
// (issue 4, "An editors' guide").
const repo = path.resolve(__dirname, '../..');
const examplesDir = path.join(repo, 'content/examples');
const guides = (
  [
    ['content/README.md', 'nl'],
    ['content/README.en.md', 'en'],
  ] as const
).map(([file, lang]) => ({
  file,
  lang,
  text: readFileSync(path.join(repo, file), 'utf8').replace(/\r\n/g, '\n'),
}));
const examples = readdirSync(examplesDir)
  .filter((file) => file.endsWith('.mdx'))
  .sort()
  .map((file) => ({
    name: file.replace(/\.mdx$/, ''),
    source: readFileSync(path.join(examplesDir, file), 'utf8').replace(/\r\n/g, '\n').replace(/\n$/, ''),
  }));

/** The contents of every ```mdx fenced block in a guide. */
function mdxBlocks(text: string): string[] {
  return [...text.matchAll(/^```mdx\n([\s\S]*?)\n```[ \t]*$/gm)].map((match) => match[1]);
}

type Shaped = { shape?: Record<string, unknown>; def?: { in?: unknown; schema?: unknown }; _def?: { schema?: unknown } };

/**
 * The field names of an object schema, also when it is wrapped (zod 4 keeps .shape through .refine;
 * older wrappers keep the object in def.in or _def.schema). Falls back to reading the schema file.
 */
function fieldsOf(schema: unknown, file?: string): string[] {
  let current = schema as Shaped | undefined;
  for (let depth = 0; current && depth < 5; depth += 1) {
    if (current.shape && typeof current.shape === 'object') return Object.keys(current.shape);
    current = (current.def?.in ?? current.def?.schema ?? current._def?.schema) as Shaped | undefined;
  }
  if (!file) return [];
  // The fields of the first z.object({ … }) in the file, at the indentation of its first field.
  const text = readFileSync(path.join(repo, file), 'utf8');
  const body = text.slice(Math.max(0, text.search(/\.object\(\{/)));
  const first = /\n(\s+)(\w+):/.exec(body);
  if (!first) return [];
  const indent = first[1];
  return [...body.matchAll(new RegExp(`\\n${indent}(\\w+):`, 'g'))].map((match) => match[1]);
}

type Lang = 'nl' | 'en';
type Message = { file: string } & Record<Lang, string[]>;

/**
 * The fixed wording of every `message:` the content check can print (lib/check/*.ts), per language:
 * the text parts of each string or template literal, without its ${…} placeholders. A message is
 * written as { nl: …, en: … } (lib/check/lang.ts); a plain string reads the same in both languages.
 * Each value is a literal, or `condition ? literal : literal`.
 */
function checkMessages(): Message[] {
  const found: Message[] = [];
  for (const name of readdirSync(path.join(repo, 'lib/check')).filter((file) => file.endsWith('.ts'))) {
    const text = readFileSync(path.join(repo, 'lib/check', name), 'utf8');
    const file = `lib/check/${name}`;
    for (const match of text.matchAll(/\bmessage: (?=[`'{]|[\w.]+ \? [`'])/g)) {
      const at = match.index + match[0].length;
      if (text[at] !== '{') {
        const parts = valueParts(text, at).parts;
        found.push({ file, nl: parts, en: parts });
        continue;
      }
      const nl = /^\{\s*nl: /.exec(text.slice(at));
      const dutch = nl ? valueParts(text, at + nl[0].length) : undefined;
      const en = dutch ? /^,\s*en: /.exec(text.slice(dutch.end)) : null;
      const english = dutch && en ? valueParts(text, dutch.end + en[0].length) : undefined;
      // Any other shape would hide its words from this test: write it as { nl: …, en: … }.
      expect(english, `${file}: a message that is not { nl: …, en: … } near "${text.slice(at, at + 60)}"`).toBeDefined();
      found.push({ file, nl: dutch!.parts, en: english!.parts });
    }
  }
  return found;
}

/** The literal parts of a value: a literal, or `condition ? literal : literal` (both branches); `end` is just after it. */
function valueParts(text: string, start: number): { parts: string[]; end: number } {
  const condition = /^[\w.]+ \? (?=[`'])/.exec(text.slice(start));
  let { parts, end } = literalParts(text, start + (condition?.[0].length ?? 0));
  const other = condition ? /^\s*: (?=[`'])/.exec(text.slice(end)) : null;
  if (other) {
    const second = literalParts(text, end + other[0].length);
    parts = [...parts, ...second.parts];
    end = second.end;
  }
  return { parts: parts.map((part) => part.trim()).filter((part) => part.length >= 6), end };
}

/** The literal text of the string starting at `start`, split where a ${…} placeholder stands; `end` is just after it. */
function literalParts(text: string, start: number): { parts: string[]; end: number } {
  const quote = text[start];
  const parts = [''];
  let i = start + 1;
  while (i < text.length && text[i] !== quote) {
    if (text[i] === '\\') {
      parts[parts.length - 1] += text[i + 1];
      i += 2;
    } else if (quote === '`' && text.startsWith('${', i)) {
      i = skipExpression(text, i + 2);
      parts.push('');
    } else {
      parts[parts.length - 1] += text[i];
      i += 1;
    }
  }
  return { parts, end: i + 1 };
}

/** The index just after the } that closes a ${ expression, passing over nested braces and templates. */
function skipExpression(text: string, from: number): number {
  let depth = 1;
  let i = from;
  while (i < text.length && depth > 0) {
    const char = text[i];
    if (char === '`' || char === "'" || char === '"') {
      i += 1;
      while (i < text.length && text[i] !== char) {
        if (text[i] === '\\') i += 1;
        else if (char === '`' && text.startsWith('${', i)) i = skipExpression(text, i + 2) - 1;
        i += 1;
      }
    } else if (char === '{') depth += 1;
    else if (char === '}') depth -= 1;
    i += 1;
  }
  return i;
}

const fields: [string, string[]][] = [
  ['pages (pageSchema)', fieldsOf(pageSchema)],
  ['stories (storySchema)', fieldsOf(storySchema)],
  ['press releases (pressSchema)', fieldsOf(pressSchema)],
  ['facts (factSchema)', fieldsOf(factSchema, 'lib/content/schemas/fact.ts')],
  ['fact sources (factSchema.source)', fieldsOf((factSchema as unknown as { shape?: Record<string, unknown> }).shape?.source)],
  ['fact series (seriesSchema)', fieldsOf(seriesSchema)],
  ['points of a series (seriesPointSchema)', fieldsOf(seriesPointSchema)],
  ['help resources (helpSchema)', fieldsOf(helpSchema)],
  ['bill situations (scenarioSchema)', fieldsOf(scenarioSchema)],
  ['lines of a bill situation (scenarioLineSchema)', fieldsOf(scenarioLineSchema)],
  ['quiz questions (quizQuestionSchema)', fieldsOf(quizQuestionSchema)],
  ['quiz answers (quizOptionSchema)', fieldsOf(quizOptionSchema)],
  ['corrections (correctionSchema)', fieldsOf(correctionSchema)],
];

describe("the editors' guide", () => {
  it('reads the schemas it checks against', () => {
    expect(examples.length).toBeGreaterThan(0);
    const byName = Object.fromEntries(fields);
    expect(byName['pages (pageSchema)']).toEqual(expect.arrayContaining(['title', 'slug', 'translationKey', 'reviewBy', 'draft']));
    expect(byName['stories (storySchema)']).toEqual(expect.arrayContaining([...byName['pages (pageSchema)'], 'summary', 'image']));
    expect(byName['press releases (pressSchema)']).toEqual(expect.arrayContaining(['date', 'embargo', 'contact']));
    expect(byName['facts (factSchema)']).toEqual(expect.arrayContaining(['topic', 'figure', 'source', 'lastChecked']));
    expect(byName['fact sources (factSchema.source)']).toEqual(['publisher', 'note', 'title', 'url', 'published']);
    expect(byName['fact series (seriesSchema)']).toEqual(['unit', 'definition', 'points']);
    expect(byName['points of a series (seriesPointSchema)']).toEqual(['year', 'label', 'value', 'evidence']);
    const messages = checkMessages();
    expect(messages.length).toBeGreaterThan(40);
    expect(messages.flatMap((message) => message.en)).toEqual(
      expect.arrayContaining(['has passed (', 'passed', 'days ago, more than the', 'days allowed']),
    );
    expect(messages.filter((message) => message.nl.join() !== message.en.join()).length).toBeGreaterThan(0);
  });

  describe.each(guides)('$file', ({ text, lang }) => {
    const blocks = mdxBlocks(text);

    it.each(examples.map(({ name, source }) => [name, source]))(
      'shows content/examples/%s.mdx exactly, in an ```mdx block',
      (_name, source) => {
        expect(blocks).toContain(source);
      },
    );

    it('has no ```mdx block that is not one of the tested examples', () => {
      const sources = examples.map((example) => example.source);
      expect(blocks.filter((block) => !sources.includes(block))).toEqual([]);
    });

    it.each(componentNames)('names the component %s', (name) => {
      expect(text).toContain(`\`${name}\``);
    });

    it.each(fields)('explains every field of %s', (_kind, names) => {
      const missing = names.filter((name) => !text.includes(`\`${name}\``));
      expect(missing).toEqual([]);
    });

    it('explains every message the content check prints, in its own language', () => {
      const missing = checkMessages().flatMap(({ file, [lang]: parts }) =>
        parts.filter((part) => !text.includes(part)).map((part) => `${file}: ${part}`),
      );
      expect(missing).toEqual([]);
    });
  });
});
