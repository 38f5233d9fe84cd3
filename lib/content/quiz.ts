import { allQuizQuestions } from 'contentlayer/generated';
import { getFact } from './index';
import { quizQuestionSchema, type QuizQuestion } from './schemas/quiz';
import { docProblems, throwOnProblems } from './validate';

// Checked again when the site is built: a bad question stops the build with its file and field.
function load(): QuizQuestion[] {
  throwOnProblems({ nl: 'De quiz heeft', en: 'The quiz has' }, docProblems(quizQuestionSchema, allQuizQuestions));
  const questions = (allQuizQuestions as unknown as QuizQuestion[]).slice().sort((a, b) => a.order - b.order);
  questions.forEach((question) => getFact(question.fact));
  return questions;
}

export const quizQuestions: QuizQuestion[] = load();

export const quizFactIds: string[] = [...new Set(quizQuestions.map((question) => question.fact))];
