// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { inLang } from '@/lib/check/lang';
import { parseYaml } from '@/lib/check/yaml';

// The yaml package's error codes for the mistakes editors make, in plain words, on the right line.
const cases: [string, string, string, number][] = [
  ['a colon in a value', 'title: Let op: dit\nx: 1\n', 'a colon (:) inside a value (column 8)', 1],
  ['a deeper line', 'label:\n  nl: x\n   en: y\n', 'the indentation (spaces at the start of the line) does not match the lines above', 2],
  ['a shallower line', 'label:\n  nl: x\n en: y\n', 'the indentation (spaces at the start of the line) does not match', 3],
  ['a tab', 'label:\n\tnl: x\n', 'a tab at the start of the line', 2],
  ['an unclosed quote', "a: 'abc\nb: 2\nc: 3\n", "a quote (') is opened but not closed (column 4)", 1],
  ['an unclosed double quote', 'a: 1\nb: "abc\nc: 3\n', 'a quote (") is opened but not closed (column 4)', 2],
  ['text after a quote', "a: 'abc' def\n", 'there is more text after the closing quote', 1],
  ['a field twice', 'a: 1\nb: 2\na: 3\n', 'the field "a" appears twice', 3],
  ['an unclosed list', 'topics: [drugs, health\nb: 1\n', 'a list in [ ] or { } is not closed', 2],
  ['a reserved first character', 'a: @foo\n', 'the value starts with @, a character YAML reserves', 1],
  ['no space after the colon', 'a:1\nb: 2\n', 'this line is not a field', 1],
  ['a backslash', 'a: "c:\\x"\n', 'a backslash (\\) inside double quotes', 1],
  ['a second document', 'a: 1\n---\nb: 2\n', 'a line with only --- in the middle of the file', 2],
];

describe('a YAML syntax error', () => {
  it.each(cases)('names %s', (_name, text, message, line) => {
    const { problem } = parseYaml('content/facts/x.yaml', text);
    expect(inLang(problem!.message, 'en')).toContain(`the YAML cannot be read: ${message}`);
    expect(inLang(problem!.message, 'nl')).toMatch(/^de YAML is niet te lezen: /);
    expect(problem?.line).toBe(line);
    expect(problem?.unreadable).toBe(true);
    expect(inLang(problem!.fix!, 'en')).toMatch(/\(The parser says: .+\)$/);
    expect(inLang(problem!.fix!, 'nl')).toMatch(/\(De parser zegt: .+\)$/);
  });

  it('reads good YAML', () => {
    expect(parseYaml('content/facts/x.yaml', "a: 'it''s fine'\n")).toEqual({ data: { a: "it's fine" } });
  });
});
