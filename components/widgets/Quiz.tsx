import type { StoryContext } from '@/components/story/context';
import { quizQuestions } from '@/lib/content/quiz';
import { markAttribute, partAttribute, quizWidget, widgetRoot } from '@/lib/enhance/contracts';
import { primaryButton } from './button';
import { QuizAnswer } from './QuizAnswer';

type Props = { ctx: StoryContext };

/**
 * The quiz, questions from content/quiz. Without JavaScript every answer sits in a <details> under
 * its question. With it (lib/enhance/quiz.ts) the visitor checks each answer, hears the feedback
 * (role=status) and gets a score. Nothing is stored. The check buttons, the status regions, the
 * option tags and the score are rendered hidden (or empty) here for the script to show and fill.
 */
export function Quiz({ ctx }: Props) {
  const { locale, t } = ctx;
  const total = quizQuestions.length;
  return (
    <div
      className="not-prose mt-8"
      {...widgetRoot(quizWidget, {
        check: t('Quiz.check'),
        next: t('Quiz.next'),
        toScore: t('Quiz.toScore'),
        chooseFirst: t('Quiz.chooseFirst'),
        right: t('Quiz.right'),
        wrong: t('Quiz.wrong'),
        correctTag: t('Quiz.correctTag'),
        yourTag: t('Quiz.yourTag'),
        score: t('Quiz.score', { score: '{score}', total }),
      })}
    >
      <ol className="space-y-8">
        {quizQuestions.map((question, index) => (
          <li
            key={question.id}
            {...markAttribute(quizWidget, 'question', question.correct)}
            className="rounded-lg border-2 border-rule p-4 sm:p-6"
          >
            <fieldset {...partAttribute(quizWidget, 'group')} className="m-0 min-w-0 border-0 p-0">
              <legend className="p-0">
                <span className="block text-sm font-bold tracking-widest text-muted uppercase">
                  {t('Quiz.number', { number: index + 1, total })}
                </span>
                <span className="mt-1 block text-xl font-bold">{question.question[locale]}</span>
              </legend>
              <div className="mt-4 space-y-2">
                {question.options.map((option) => (
                  <label
                    key={option.id}
                    className="flex min-h-tap cursor-pointer items-center gap-3 rounded-md border-2 border-rule px-3 py-2 has-[:checked]:border-link"
                  >
                    <input type="radio" name={`quiz-${question.id}`} value={option.id} className="h-5 w-5 shrink-0 accent-link" />
                    <span>
                      {option.text[locale]}
                      <span {...markAttribute(quizWidget, 'tag', true)} hidden className="ml-2 font-bold" />
                    </span>
                  </label>
                ))}
              </div>
            </fieldset>
            <div role="status" {...partAttribute(quizWidget, 'status')} hidden />
            <button
              type="button"
              {...partAttribute(quizWidget, 'check')}
              hidden
              data-pagefind-ignore="all"
              className={`${primaryButton} mt-4`}
            >
              {t('Quiz.check')}
            </button>
            <details {...partAttribute(quizWidget, 'details')} className="mt-4">
              <summary data-pagefind-ignore="all" className="min-h-tap cursor-pointer py-1.5 font-bold text-link">
                {t('Quiz.showAnswer')}
              </summary>
              <div {...partAttribute(quizWidget, 'answer')} className="mt-2">
                <QuizAnswer question={question} ctx={ctx} />
              </div>
            </details>
          </li>
        ))}
      </ol>
      <section
        {...partAttribute(quizWidget, 'score')}
        hidden
        data-pagefind-ignore="all"
        aria-labelledby="quiz-score"
        className="mt-10 rounded-lg bg-night p-6 text-onNight"
      >
        <h2 id="quiz-score" tabIndex={-1} className="text-2xl font-bold">
          {t('Quiz.scoreTitle')}
        </h2>
        <p {...partAttribute(quizWidget, 'total')} className="mt-2 text-lead" />
        <p className="mt-2">{t('Quiz.scoreNote')}</p>
        <button
          type="button"
          {...partAttribute(quizWidget, 'again')}
          className="mt-4 inline-flex min-h-tap items-center rounded-full bg-paper px-5 font-bold text-ink"
        >
          {t('Quiz.again')}
        </button>
      </section>
    </div>
  );
}
