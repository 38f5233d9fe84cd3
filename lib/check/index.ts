import type { Problem } from '@/lib/content/validate';
import { checkComponents } from './components';
import { checkCorrections } from './corrections';
import { checkFacts } from './facts';
import { checkFigures } from './figures';
import { checkFrontmatter } from './frontmatter';
import { checkImages } from './images';
import { checkLinks } from './links';
import { loadContent } from './load';
import { checkMessages } from './messages';
import { checkPress } from './press';
import { checkQuiz } from './quiz';
import { checkReview } from './review';
import { checkScenarios } from './scenarios';
import { checkTwins } from './twins';

export type CheckResult = { problems: Problem[]; files: number };

/** Runs every check on one snapshot of <root>/content, <root>/messages and <root>/public; reports all problems at once. */
export function runChecks(root: string, today: string): CheckResult {
  const { content, problems } = loadContent(root);
  problems.push(
    ...checkFrontmatter(content),
    ...checkTwins(content),
    ...checkComponents(content),
    ...checkFacts(content),
    ...checkFigures(content),
    ...checkScenarios(content, today),
    ...checkQuiz(content),
    ...checkLinks(content, today),
    ...checkImages(content),
    ...checkMessages(content),
    ...checkPress(content),
    ...checkCorrections(content, today),
    ...checkReview(content, today),
  );
  const order = (problem: Problem) => `${problem.file}\u0000${String(problem.line ?? 0).padStart(6, '0')}`;
  problems.sort((a, b) => order(a).localeCompare(order(b)));
  return { problems, files: content.files };
}
