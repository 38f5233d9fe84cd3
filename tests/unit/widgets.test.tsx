import { describe, expect, it } from 'vitest';
import { getFact } from '@/lib/content';
import { needsRuntime, withoutRuntime } from '@/lib/build/runtime';
import { quizQuestions } from '@/lib/content/quiz';
import { defaultScenario, scenarioFactIds, scenarios } from '@/lib/content/scenarios';

// The data behind the page-level widgets of issue 6, and the build step that keeps React's runtime
// off every page. The widgets' behaviour: tests/unit/enhance-*.test.tsx.

describe('the interactive bill', () => {
  it('has a default scenario and only facts with a figure', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(3);
    expect(scenarios.filter((scenario) => scenario.default)).toEqual([defaultScenario]);
    for (const id of scenarioFactIds) expect(getFact(id).figure, id).not.toBeNull();
  });
});

describe('the quiz', () => {
  it('has 6 to 10 questions, each with its right answer among the options', () => {
    expect(quizQuestions.length).toBeGreaterThanOrEqual(6);
    expect(quizQuestions.length).toBeLessThanOrEqual(10);
    for (const question of quizQuestions) expect(question.options.map((option) => option.id)).toContain(question.correct);
  });
});

describe('no framework runtime', () => {
  const shell = (rows: string) =>
    `<html><head><meta charSet="utf-8"/><link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/a.js"/><script src="/_next/static/chunks/a.js" async=""></script></head><body><p>Tekst</p><script type="application/ld+json">{"@type":"Thing"}</script><script>(self.__next_f=self.__next_f||[]).push([0])</script><script>self.__next_f.push(${JSON.stringify([1, rows])})</script></body></html>`;
  const plain = shell('3:I[39756,["$2"],"default"]\nb:I[97367,["$2"],"OutletBoundary"]\n');
  const widget = shell('3:I[39756,["$2"],"default"]\n31:I[12531,["$2","$30"],"BillSwitch"]\n');

  it('knows a page with a client component of its own from one without', () => {
    expect(needsRuntime(plain)).toBe(false);
    expect(needsRuntime(widget)).toBe(true);
  });

  it('drops every Next.js script from a page without one, and keeps structured data', () => {
    const html = withoutRuntime(plain);
    expect(html).not.toMatch(/_next|__next_f/);
    expect(html).toContain('<script type="application/ld+json">');
    expect(html).toContain('<p>Tekst</p>');
  });
});
