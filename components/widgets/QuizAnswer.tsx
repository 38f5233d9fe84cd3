import type { StoryContext } from '@/components/story/context';
import { getFact } from '@/lib/content';
import { sourceOrigin } from '@/lib/facts/origin';
import type { QuizQuestion } from '@/lib/content/schemas/quiz';

type Props = { question: QuizQuestion; ctx: StoryContext };

/** A question's answer: the right option, why, the fact with its figure, and the fact's source. */
export function QuizAnswer({ question, ctx }: Props) {
  const { locale, t } = ctx;
  const fact = getFact(question.fact);
  const answer = question.options.find((option) => option.id === question.correct)!.text[locale];
  return (
    <div className="space-y-2 text-base">
      <p className="font-bold">{t('Quiz.answer', { answer })}</p>
      <p>{question.explanation[locale]}</p>
      <p className="border-l-4 border-rule pl-3 text-muted">
        <span className="font-bold text-ink">{t('Quiz.fact')}: </span>
        {fact.text[locale]}
      </p>
      <p className="text-muted">
        {t('Quiz.source')}: {sourceOrigin(fact, t, locale)},{' '}
        <a href={fact.source.url} className="text-link">
          {fact.source.title}
        </a>{' '}
        ({fact.source.published}).
      </p>
    </div>
  );
}
