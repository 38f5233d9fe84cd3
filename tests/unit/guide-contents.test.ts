// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The editors' guides are long: each starts with jump links to its chapters. The anchors are the
// ones GitHub gives a heading (lower case, punctuation dropped, spaces as hyphens), so a renamed or
// added chapter needs its line in the list.
const anchor = (heading: string) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\- _]/gu, '')
    .replace(/ /g, '-');

describe.each(['content/README.md', 'content/README.en.md'])('%s', (file) => {
  const text = readFileSync(file, 'utf8');
  const chapters = [...text.matchAll(/^## (.+)$/gm)].map((match) => match[1]);
  const contents = text.slice(0, text.indexOf('\n## '));

  it('lists every chapter at the top, in order, with its anchor', () => {
    expect(chapters.length).toBeGreaterThan(5);
    const links = [...contents.matchAll(/^- \[(.+)\]\(#(.+)\)$/gm)].map((match) => [match[1], match[2]]);
    expect(links).toEqual(chapters.map((chapter) => [chapter, anchor(chapter)]));
  });
});
