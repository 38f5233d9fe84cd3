import { quizQuestionSchema } from '@/lib/content/schemas/quiz';
import type { Problem } from '@/lib/content/validate';
import { duplicateOrders, factUseProblem, fileIdProblems, typedFigures } from './data-texts';
import { checkSchema, keysOf } from './schema';
import type { Content } from './types';

const MIN = 6;
// Room for two questions on each of the six themes (issue 16), and a couple more; beyond that a quiz
// stops being a quick one on a phone.
const MAX = 14;

/** The quiz questions: schema, a right answer among the options, an existing fact, no typed figures. */
export function checkQuiz(content: Content): Problem[] {
  const facts = new Map(content.facts.map((fact) => [fact.id, fact]));
  const problems: Problem[] = [];
  const known = keysOf(quizQuestionSchema);
  for (const question of content.quiz) {
    const { file, data } = question;
    problems.push(...fileIdProblems(question, 'pill-strength.yaml'));
    if (!data) continue;
    problems.push(...checkSchema(file, quizQuestionSchema, data, known));
    const options = Array.isArray(data.options) ? (data.options as { text?: unknown }[]) : [];
    problems.push(
      ...typedFigures(question, [
        ['question', data.question],
        ['explanation', data.explanation],
        ...options.map((option, index): [string, unknown] => [`options.${index}.text`, option?.text]),
      ]),
    );
    const use = typeof data.fact === 'string' && data.fact !== '' ? factUseProblem(file, 'fact', data.fact, facts) : undefined;
    if (use) problems.push(use);
  }
  problems.push(...duplicateOrders(content.quiz, { nl: 'vraag', en: 'question' }));
  if (content.quiz.length && (content.quiz.length < MIN || content.quiz.length > MAX)) {
    problems.push({
      file: 'content/quiz',
      message: {
        nl: `de quiz heeft ${content.quiz.length} ${content.quiz.length === 1 ? 'vraag' : 'vragen'}`,
        en: `the quiz has ${content.quiz.length} question${content.quiz.length === 1 ? '' : 's'}`,
      },
      fix: {
        nl: `houd ${MIN} tot ${MAX} vragen: genoeg om iets te leren, kort genoeg voor een telefoon`,
        en: `keep ${MIN} to ${MAX} questions: enough to learn something, short enough for a phone`,
      },
    });
  }
  return problems;
}
