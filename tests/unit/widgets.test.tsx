import { describe, expect, it } from 'vitest';
import { getFact } from '@/lib/content';
import { quizQuestions } from '@/lib/content/quiz';
import { defaultScenario, scenarioFactIds, scenarios } from '@/lib/content/scenarios';

// The data behind the page-level widgets of issue 6. The build step that keeps React's runtime off
// every page is tested over a real Next build in tests/unit/next-build.test.ts. The widgets' behaviour: tests/unit/enhance-*.test.tsx.

describe('the interactive bill', () => {
  it('has a default scenario and only facts with a figure', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(3);
    expect(scenarios.filter((scenario) => scenario.default)).toEqual([defaultScenario]);
    for (const id of scenarioFactIds) expect(getFact(id).figure, id).not.toBeNull();
  });
});

describe('the quiz', () => {
  it('has 6 to 14 questions, each with its right answer among the options', () => {
    expect(quizQuestions.length).toBeGreaterThanOrEqual(6);
    expect(quizQuestions.length).toBeLessThanOrEqual(14);
    for (const question of quizQuestions) expect(question.options.map((option) => option.id)).toContain(question.correct);
  });
});
