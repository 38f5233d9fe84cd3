import type { Doc } from './index';
import { usesComponent } from './mdx-tree';
import { quizFactIds } from './quiz';
import { scenarioFactIds } from './scenarios';

// Page-level widgets show facts that the MDX does not name (the bill scenarios, the quiz answers).
// They join the page's fact list so their source notes are numbered and listed under Sources.
const widgetFacts: [component: 'InteractiveBill' | 'Quiz', ids: () => string[]][] = [
  ['InteractiveBill', () => scenarioFactIds],
  ['Quiz', () => quizFactIds],
];

export function pageFactIds(doc: Pick<Doc, 'factIds' | 'body'>): string[] {
  const extra = widgetFacts.filter(([component]) => usesComponent(doc.body.raw, component)).flatMap(([, ids]) => ids());
  return [...new Set([...doc.factIds, ...extra])];
}
