import type { Problem } from '@/lib/content/validate';
import type { Content } from './types';
import { foldFollowOns } from './causes';
import { checkClaims } from './claims';
import { checkComponents } from './components';
import { checkCorrections } from './corrections';
import { checkFactNumbers } from './fact-numbers';
import { checkFacts } from './facts';
import { checkFigures } from './figures';
import { checkFrontmatter } from './frontmatter';
import { checkHeadings } from './headings';
import { checkImages } from './images';
import { checkLinkLanguage } from './link-language';
import { checkLinks } from './links';
import { loadContent } from './load';
import { checkMessages } from './messages';
import { checkNesting } from './nesting';
import { checkPress } from './press';
import { checkQuiz } from './quiz';
import { checkReview } from './review';
import { checkScenarios } from './scenarios';
import { checkSeries } from './series';
import { checkTwins } from './twins';

export type CheckResult = { problems: Problem[]; files: number };

/**
 * Runs every check on one snapshot of <root>/content, <root>/messages and <root>/public; reports all
 * problems at once: unreadable files first, with what follows from them folded under them.
 */
export function runChecks(root: string, today: string): CheckResult {
  const { content, problems } = loadContent(root);
  // The editors' examples are copied into pages, so their bodies pass the same checks as a page's.
  const bodies: Content = { ...content, docs: [...content.docs, ...content.examples] };
  problems.push(
    ...checkFrontmatter(content),
    ...checkTwins(content),
    ...checkComponents(bodies),
    ...checkNesting(bodies),
    ...checkHeadings(bodies),
    ...checkFacts(bodies),
    ...checkFactNumbers(content),
    ...checkSeries(bodies),
    ...checkFigures(bodies),
    ...checkScenarios(content, today),
    ...checkQuiz(content),
    ...checkLinks(bodies, today),
    ...checkLinkLanguage(bodies, today),
    ...checkImages(bodies),
    ...checkMessages(content),
    ...checkPress(content),
    ...checkCorrections(content, today),
    ...checkReview(content, today),
    ...checkClaims(bodies),
  );
  return { problems: foldFollowOns(problems), files: content.files };
}
