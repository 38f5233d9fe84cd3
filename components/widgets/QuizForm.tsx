'use client';

import { useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { useHydrated } from '@/components/client/hydrated';

type Question = { id: string; number: string; question: string; options: { id: string; text: string }[]; correct: string; answer: ReactNode };
type Labels = Record<'check' | 'next' | 'toScore' | 'chooseFirst' | 'right' | 'wrong' | 'showAnswer' | 'correctTag' | 'yourTag' | 'scoreTitle' | 'score' | 'scoreNote' | 'again', string>;
type Props = { questions: Question[]; labels: Labels };

const button = 'inline-flex min-h-tap items-center rounded-full border-2 border-night bg-night px-5 font-bold text-onNight dark:border-muted';

/**
 * Without JavaScript every answer sits in a <details> under its question. With JavaScript the
 * visitor checks each answer, hears the feedback (aria-live) and gets a score. Nothing is stored.
 */
export function QuizForm({ questions, labels }: Props) {
  // The server's HTML (answers in <details>) until React runs; then the checking quiz.
  const enhanced = useHydrated();
  const [picked, setPicked] = useState<Record<string, string>>({});
  const [checked, setChecked] = useState<Record<string, boolean>>({});
  const [nudged, setNudged] = useState<Record<string, boolean>>({});
  const groups = useRef(new Map<string, HTMLFieldSetElement>());
  const scoreHeading = useRef<HTMLHeadingElement>(null);
  const done = questions.every((question) => checked[question.id]);
  const score = questions.filter((question) => checked[question.id] && picked[question.id] === question.correct).length;

  // Focus goes to the chosen option of a group, or its first one, as the arrow keys expect.
  const focusGroup = (id: string) => {
    const group = groups.current.get(id);
    (group?.querySelector<HTMLInputElement>('input:checked') ?? group?.querySelector<HTMLInputElement>('input'))?.focus();
  };

  function act(question: Question, index: number) {
    if (!checked[question.id]) {
      if (!picked[question.id]) {
        setNudged({ ...nudged, [question.id]: true });
        focusGroup(question.id);
        return;
      }
      // The button stays the same element with a new label, so focus stays on it.
      setChecked({ ...checked, [question.id]: true });
      return;
    }
    if (done) return scoreHeading.current?.focus();
    const next = [...questions.slice(index + 1), ...questions.slice(0, index)].find((other) => !checked[other.id]);
    if (next) focusGroup(next.id);
  }

  function restart() {
    flushSync(() => {
      setPicked({});
      setChecked({});
      setNudged({});
    });
    focusGroup(questions[0].id);
  }

  return (
    <div className="not-prose mt-8">
      <ol className="space-y-8">
        {questions.map((question, index) => {
          const isChecked = !!checked[question.id];
          return (
            <li key={question.id} className="rounded-lg border-2 border-rule p-4 sm:p-6">
              <fieldset
                ref={(element) => {
                  if (element) groups.current.set(question.id, element);
                }}
                disabled={isChecked}
                className="m-0 min-w-0 border-0 p-0"
              >
                <legend className="p-0">
                  <span className="block text-sm font-bold uppercase tracking-widest text-muted">{question.number}</span>
                  <span className="mt-1 block text-xl font-bold">{question.question}</span>
                </legend>
                <div className="mt-4 space-y-2">
                  {question.options.map((option) => {
                    const tag = !isChecked ? null : option.id === question.correct ? labels.correctTag : option.id === picked[question.id] ? labels.yourTag : null;
                    return (
                      <label key={option.id} className="flex min-h-tap cursor-pointer items-center gap-3 rounded-md border-2 border-rule px-3 py-2 has-[:checked]:border-link">
                        <input
                          type="radio"
                          name={`quiz-${question.id}`}
                          value={option.id}
                          checked={picked[question.id] === option.id}
                          onChange={() => setPicked({ ...picked, [question.id]: option.id })}
                          className="h-5 w-5 shrink-0 accent-link"
                        />
                        <span>
                          {option.text}
                          {tag ? <span className="ml-2 font-bold">({tag})</span> : null}
                        </span>
                      </label>
                    );
                  })}
                </div>
              </fieldset>
              {enhanced ? (
                <>
                  <div role="status">
                    {isChecked ? (
                      <>
                        <p className={`mt-4 text-lg font-bold ${picked[question.id] === question.correct ? '' : 'text-accent'}`}>
                          {picked[question.id] === question.correct ? labels.right : labels.wrong}
                        </p>
                        <div className="mt-2">{question.answer}</div>
                      </>
                    ) : nudged[question.id] ? (
                      <p className="mt-4 font-bold text-accent">{labels.chooseFirst}</p>
                    ) : null}
                  </div>
                  <button type="button" onClick={() => act(question, index)} className={`${button} mt-4`}>
                    {!isChecked ? labels.check : done ? labels.toScore : labels.next}
                  </button>
                </>
              ) : (
                <details className="mt-4">
                  <summary className="min-h-tap cursor-pointer py-1.5 font-bold text-link">{labels.showAnswer}</summary>
                  <div className="mt-2">{question.answer}</div>
                </details>
              )}
            </li>
          );
        })}
      </ol>
      {enhanced && done ? (
        <section aria-labelledby="quiz-score" className="mt-10 rounded-lg bg-night p-6 text-onNight">
          <h2 id="quiz-score" ref={scoreHeading} tabIndex={-1} className="text-2xl font-bold">
            {labels.scoreTitle}
          </h2>
          <p className="mt-2 text-lead">{labels.score.replace('{score}', String(score))}</p>
          <p className="mt-2">{labels.scoreNote}</p>
          <button type="button" onClick={restart} className="mt-4 inline-flex min-h-tap items-center rounded-full bg-paper px-5 font-bold text-ink">
            {labels.again}
          </button>
        </section>
      ) : null}
    </div>
  );
}
