// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Fact } from '@/lib/content/schemas/fact';
import type { ClaimFinder } from '@/lib/review/claims';
import { reviewFindings } from '@/lib/review/sentences';

// The fact-checkers' review view (issue 11) reads a page's sentences from the MDX syntax tree.
const fact = (id: string, figure: string | null, text: string) =>
  [
    id,
    {
      id,
      topic: 'health',
      figure: figure ? { nl: figure, en: figure } : null,
      label: figure ? { nl: 'gevallen', en: 'cases' } : undefined,
      text: { nl: text, en: text },
      period: { nl: '2024', en: '2024' },
      source: { publisher: 'Testbureau', title: 'Rapport', url: 'https://example.org/', published: '2025' },
      confidence: 'high',
      sourceKind: 'primary',
      lastChecked: '2026-11-01',
      evidence: { lang: 'nl', text: 'In 2024 waren er 12 gevallen volgens het rapport.' },
    } as Fact,
  ] as const;
const facts = new Map([
  fact('test-a', '12', 'In 2024 waren er 12 gevallen.'),
  fact('test-b', null, 'Het rapport noemt geen cijfer.'),
  fact('test-c', '3', 'Drie.'),
]);
// A stand-in for lib/check/claims.ts: "de meeste" and "twee keer" are claims.
const findClaims: ClaimFinder = (text) => [...text.matchAll(/de meeste|twee keer/gi)].map((match) => ({ words: [match[0]] }));

const page = `---
title: Test
slug: test
---

Gewone tekst zonder feit. Nog een zin met <Fact id="test-a" /> erin. En daarna verder.

Dit is een bewering: de meeste mensen doen het.

Met een bron: <Cite fact="test-b">de meeste rapporten</Cite> zeggen dit. Hier wordt 1 &lt; 2 genoemd.

<Chapter id="x" title="Twee keer zoveel">

Tekst voor het cijfer.

<Stat id="test-a" />

</Chapter>

<Bill title="Rekening" total="Veel">
  <BillLine fact="test-a" part="health" href="/nl/">Eerste regel</BillLine>
  <BillLine fact="test-c" part="health" href="/nl/">Tweede regel</BillLine>
</Bill>
`;

describe('review findings', () => {
  const findings = reviewFindings(page, { locale: 'nl', facts, findClaims });
  const byText = (part: string) => findings.find((finding) => finding.text.includes(part));

  it('splits paragraphs into sentences and ties each fact to the sentence that cites it, with the line in the file', () => {
    expect(byText('Gewone tekst')).toMatchObject({ kind: 'sentence', line: 6, citations: [] });
    expect(byText('Nog een zin')).toMatchObject({
      text: 'Nog een zin met In 2024 waren er 12 gevallen. erin.',
      citations: [{ id: 'test-a', tag: 'Fact' }],
      line: 6,
    });
    expect(byText('En daarna verder.')).toMatchObject({ citations: [], paragraphFactIds: ['test-a'] });
  });

  it('reads any tag that names a fact, such as a sentence-level <Cite>, and keeps its words', () => {
    expect(byText('de meeste rapporten')).toMatchObject({ citations: [{ id: 'test-b', tag: 'Cite' }], line: 10, uncited: false });
    // An escaped < in the prose is text, not a tag.
    expect(byText('1 < 2')).toMatchObject({ citations: [] });
  });

  it('lists a block that cites on its own (a <Stat>) with the paragraph before it', () => {
    expect(findings.find((finding) => finding.where === '<Stat>')).toMatchObject({
      kind: 'block',
      line: 16,
      text: '12 gevallen',
      context: 'Tekst voor het cijfer.',
      citations: [{ id: 'test-a' }],
    });
  });

  it('reads each bill line as its own sentence, with its figure', () => {
    expect(byText('Eerste regel')).toMatchObject({ text: 'Eerste regel: 12', line: 21, citations: [{ id: 'test-a', tag: 'BillLine' }] });
    expect(byText('Tweede regel')).toMatchObject({ text: 'Tweede regel: 3', line: 22, citations: [{ id: 'test-c', tag: 'BillLine' }] });
  });

  it('marks a claim without a fact in its sentence or paragraph, in the text and in a title', () => {
    expect(byText('de meeste mensen')).toMatchObject({ claims: [{ words: ['de meeste'] }], uncited: true, line: 8 });
    expect(findings.find((finding) => finding.where === '<Chapter title>')).toMatchObject({
      text: 'Twee keer zoveel',
      uncited: true,
      line: 12,
    });
    expect(findings.filter((finding) => finding.uncited)).toHaveLength(2);
  });

  it('marks nothing until a claim check is plugged in', () => {
    expect(reviewFindings(page, { locale: 'nl', facts }).some((finding) => finding.claims.length > 0)).toBe(false);
  });
});
