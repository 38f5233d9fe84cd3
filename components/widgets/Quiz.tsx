import type { StoryContext } from '@/components/story/context';
import { quizQuestions } from '@/lib/content/quiz';
import { QuizAnswer } from './QuizAnswer';
import { QuizForm } from './QuizForm';

type Props = { ctx: StoryContext };

const labelKeys = ['check', 'next', 'toScore', 'chooseFirst', 'right', 'wrong', 'showAnswer', 'correctTag', 'yourTag', 'scoreTitle', 'scoreNote', 'again'] as const;

/** The quiz: questions from content/quiz, translated and rendered here; the client leaf only keeps score. */
export function Quiz({ ctx }: Props) {
  const { locale, t } = ctx;
  const total = quizQuestions.length;
  const labels = Object.fromEntries(labelKeys.map((key) => [key, t(`Quiz.${key}`)])) as Record<(typeof labelKeys)[number], string>;
  return (
    <QuizForm
      labels={{ ...labels, score: t('Quiz.score', { score: '{score}', total }) }}
      questions={quizQuestions.map((question, index) => ({
        id: question.id,
        number: t('Quiz.number', { number: index + 1, total }),
        question: question.question[locale],
        options: question.options.map((option) => ({ id: option.id, text: option.text[locale] })),
        correct: question.correct,
        answer: <QuizAnswer question={question} ctx={ctx} />,
      }))}
    />
  );
}
