import { allQuizQuestions } from 'contentlayer/generated';
import { getFact } from './index';
import { quizQuestionSchema, type QuizQuestion } from './schemas/quiz';
import { formatProblem, schemaProblems, type Problem } from './validate';

const internal = new Set(['_id', '_raw', 'type', 'id']);
const dataOf = (doc: object) => Object.fromEntries(Object.entries(doc).filter(([key]) => !internal.has(key)));

// Checked again when the site is built: a bad question stops the build with its file and field.
function load(): QuizQuestion[] {
  const problems: Problem[] = [];
  for (const doc of allQuizQuestions) problems.push(...schemaProblems(`content/${doc._raw.sourceFilePath}`, quizQuestionSchema, dataOf(doc)));
  if (problems.length) throw new Error(`The quiz has ${problems.length} problem(s); run npm run content:check for help:\n${problems.map(formatProblem).join('\n')}`);
  const questions = (allQuizQuestions as unknown as QuizQuestion[]).slice().sort((a, b) => a.order - b.order);
  questions.forEach((question) => getFact(question.fact));
  return questions;
}

export const quizQuestions: QuizQuestion[] = load();

export const quizFactIds: string[] = [...new Set(quizQuestions.map((question) => question.fact))];
