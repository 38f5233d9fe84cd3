import { describe, expect, it } from 'vitest';
import { factIdsIn, mdxUses, usesComponent } from '@/lib/content/mdx-tree';
import { quizFactIds } from '@/lib/content/quiz';
import { scenarioFactIds } from '@/lib/content/scenarios';
import { pageFactIds } from '@/lib/content/widget-facts';

// A page's tags come from its syntax tree: a tag shown in a code block or written in a comment is
// not a tag the page uses (the raw-text searches these replace did count them).
const shown = [
  'How to add a quiz:',
  '',
  '```mdx',
  '<Quiz />',
  '<Stat id="in-code" />',
  '<Sources />',
  '```',
  '',
  '{/* <Quiz /> <InteractiveBill /> <Stat id="in-comment" /> <Cite fact="in-comment-cite">x</Cite> <EditorNotes>x</EditorNotes> */}',
  '',
  'Inline `<Fact id="in-inline-code" />` is code too.',
].join('\n');

describe('mdx-tree', () => {
  it('does not count tags inside a fenced code block, inline code or an MDX comment', () => {
    expect(usesComponent(shown, 'Quiz')).toBe(false);
    expect(usesComponent(shown, 'InteractiveBill')).toBe(false);
    expect(usesComponent(shown, 'Sources')).toBe(false);
    expect(usesComponent(shown, 'EditorNotes')).toBe(false);
    expect(factIdsIn(shown)).toEqual([]);
  });

  it('counts the real tags, and the fact ids in order of first use (Cite included)', () => {
    const body = [
      shown,
      '',
      '<Stat id="b" />',
      '',
      'Text <Cite fact="a">cited</Cite> and <Fact id="b" />.',
      '',
      '<Quiz />',
      '',
      '<MythFact myth="m" fact="c">x</MythFact>',
    ].join('\n');
    expect(usesComponent(body, 'Quiz')).toBe(true);
    expect(usesComponent(body, 'Sources')).toBe(false);
    expect(factIdsIn(body)).toEqual(['b', 'a', 'c']);
    expect([...mdxUses(body).components].sort()).toEqual(['Cite', 'Fact', 'MythFact', 'Quiz', 'Stat']);
  });

  it('reads only the prop that names a fact (a BillLine names it in fact, not id)', () => {
    expect(factIdsIn('<Bill title="t" total="x">\n<BillLine fact="f" part="health" href="/nl/x/">y</BillLine>\n</Bill>')).toEqual(['f']);
    expect(factIdsIn('<Chapter id="not-a-fact" title="t">x</Chapter>')).toEqual([]);
  });

  it('adds a widget’s facts to the page only when the page writes the widget as a tag', () => {
    expect(pageFactIds({ factIds: [], body: { raw: shown } as never })).toEqual([]);
    const withQuiz = `${shown}\n\n<Quiz />\n`;
    expect(pageFactIds({ factIds: factIdsIn(withQuiz), body: { raw: withQuiz } as never })).toEqual([...new Set(quizFactIds)]);
    const withBill = `<InteractiveBill />\n\n${shown}`;
    expect(pageFactIds({ factIds: ['x'], body: { raw: withBill } as never })).toEqual([...new Set(['x', ...scenarioFactIds])]);
  });
});
