import { quizWidget } from './contracts';
import { marked, markOf, part, text } from './dom';

/**
 * The quiz (components/widgets/Quiz.tsx). Without JavaScript each answer is in a <details>; here
 * those are hidden and each question gets its check button and status region instead: check,
 * hear right or wrong with the explanation, move on, and get a score at the end. Nothing is stored.
 *
 * The explanation is in the HTML once, in the <details>; checking puts a copy of it in the status
 * region, which the server rendered empty. (Showing a hidden copy inside the region would put its
 * text in the region while it only asks for an answer.)
 */
export function quiz(root: HTMLElement): void {
  const questions = marked(root, quizWidget, 'question').map((item) => ({
    correct: markOf(item, quizWidget, 'question') ?? '',
    group: part(item, quizWidget, 'group') as HTMLFieldSetElement,
    status: part(item, quizWidget, 'status'),
    button: part(item, quizWidget, 'check') as HTMLButtonElement,
    details: part(item, quizWidget, 'details'),
    answer: part(item, quizWidget, 'answer'),
    checked: false,
  }));
  if (questions.length === 0) return;
  const score = part(root, quizWidget, 'score');
  const heading = score.querySelector<HTMLElement>('h2');
  type Question = (typeof questions)[number];

  const picked = (question: Question) => question.group.querySelector<HTMLInputElement>('input:checked');
  // Focus goes to the chosen option of a group, or its first one, as the arrow keys expect.
  const focusGroup = (question: Question) => (picked(question) ?? question.group.querySelector<HTMLInputElement>('input'))?.focus();
  const message = (label: string, className: string) => {
    const paragraph = document.createElement('p');
    paragraph.className = className;
    paragraph.textContent = label;
    return paragraph;
  };

  function check(question: Question) {
    const choice = picked(question)?.value;
    const right = choice === question.correct;
    question.checked = true;
    question.group.disabled = true;
    for (const input of question.group.querySelectorAll<HTMLInputElement>('input')) {
      const option = input.closest('label');
      const tag = option ? marked(option, quizWidget, 'tag')[0] : undefined;
      if (!tag) continue;
      const label =
        input.value === question.correct
          ? text(root, quizWidget, 'correctTag')
          : input.value === choice
            ? text(root, quizWidget, 'yourTag')
            : '';
      tag.textContent = label && `(${label})`;
      tag.hidden = !label;
    }
    const explanation = question.answer.cloneNode(true) as HTMLElement;
    explanation.removeAttribute('data-part');
    question.status.replaceChildren(
      message(text(root, quizWidget, right ? 'right' : 'wrong'), right ? 'mt-4 text-lg font-bold' : 'mt-4 text-lg font-bold text-accent'),
      explanation,
    );
    // Every checked question's button moves on: to the next open question, or to the score.
    const done = questions.every((other) => other.checked);
    for (const other of questions) if (other.checked) other.button.textContent = text(root, quizWidget, done ? 'toScore' : 'next');
    if (done) {
      part(score, quizWidget, 'total').textContent = text(root, quizWidget, 'score', {
        score: questions.filter((other) => picked(other)?.value === other.correct).length,
      });
      score.hidden = false;
    }
  }

  function act(question: Question, index: number) {
    if (!question.checked) {
      if (!picked(question)) {
        question.status.replaceChildren(message(text(root, quizWidget, 'chooseFirst'), 'mt-4 font-bold text-accent'));
        return focusGroup(question);
      }
      // The button stays the same element with a new label, so focus stays on it.
      return check(question);
    }
    const next = [...questions.slice(index + 1), ...questions.slice(0, index)].find((other) => !other.checked);
    if (next) focusGroup(next);
    else heading?.focus();
  }

  function restart() {
    for (const question of questions) {
      question.checked = false;
      question.group.disabled = false;
      for (const input of question.group.querySelectorAll<HTMLInputElement>('input')) input.checked = false;
      for (const tag of marked(question.group, quizWidget, 'tag')) {
        tag.hidden = true;
        tag.textContent = '';
      }
      question.status.replaceChildren();
      question.button.textContent = text(root, quizWidget, 'check');
    }
    score.hidden = true;
    focusGroup(questions[0]);
  }

  for (const [index, question] of questions.entries()) {
    question.details.hidden = true;
    question.status.hidden = false;
    question.button.hidden = false;
    question.button.addEventListener('click', () => act(question, index));
  }
  part(score, quizWidget, 'again').addEventListener('click', restart);
}
