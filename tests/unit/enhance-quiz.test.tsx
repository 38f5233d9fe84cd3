import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Quiz } from '@/components/widgets/Quiz';
import { getFact } from '@/lib/content';
import { quizQuestions } from '@/lib/content/quiz';
import { enhance } from '@/lib/enhance';
import { translator } from '@/lib/i18n/translator';

// The quiz as the built site serves it: server HTML, then lib/enhance/quiz.ts.
const ctx = { locale: 'nl' as const, factIds: [], t: translator('nl') };
type Question = (typeof quizQuestions)[number];

function setup(withScript = true) {
  const { container } = render(<Quiz ctx={ctx} />);
  if (withScript) enhance(container);
  return userEvent.setup();
}
const item = (question: Question) =>
  screen.getAllByRole('listitem').find((li) => within(li).queryByRole('group', { name: (name) => name.includes(question.question.nl) }))!;
const option = (question: Question, right: boolean) => question.options.find((other) => (other.id === question.correct) === right)!;
const radio = (question: Question, right: boolean) =>
  within(item(question)).getByRole('radio', { name: (name) => name.startsWith(option(question, right).text.nl) });

describe('the quiz without JavaScript', () => {
  it('has every answer with its source in a <details>, and no buttons, status or score', () => {
    setup(false);
    for (const question of quizQuestions) {
      const details = within(item(question)).getByText('Bekijk het antwoord').closest('details')!;
      expect(details).not.toHaveAttribute('open');
      expect(details).toHaveTextContent(`Het goede antwoord is: ${option(question, true).text.nl}.`);
      expect(within(details).getByRole('link', { hidden: true })).toHaveAttribute('href', getFact(question.fact).source.url);
    }
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Je score' })).toBeNull();
  });
});

describe('the quiz with JavaScript', () => {
  const [first, second] = quizQuestions;

  it('hides the <details> and asks for an answer before checking, with focus on the options', async () => {
    const user = setup();
    for (const summary of screen.getAllByText('Bekijk het antwoord')) expect(summary).not.toBeVisible();
    expect(screen.getAllByRole('button', { name: 'Controleer je antwoord' })).toHaveLength(quizQuestions.length);
    await user.click(within(item(first)).getByRole('button', { name: 'Controleer je antwoord' }));
    expect(within(item(first)).getByRole('status')).toHaveTextContent(/^Kies eerst een antwoord\.$/);
    expect(within(item(first)).getAllByRole('radio')[0]).toHaveFocus();
  });

  it('says right, explains with the source, tags the answer and locks the group', async () => {
    const user = setup();
    await user.click(radio(first, true));
    const button = within(item(first)).getByRole('button', { name: 'Controleer je antwoord' });
    await user.click(button);
    const status = within(item(first)).getByRole('status');
    expect(status).toHaveTextContent('Goed!');
    expect(status).toHaveTextContent(`Het goede antwoord is: ${option(first, true).text.nl}.`);
    expect(status).toHaveTextContent(getFact(first.fact).text.nl);
    expect(within(status).getByRole('link')).toHaveAttribute('href', getFact(first.fact).source.url);
    expect(within(item(first)).getByRole('group')).toBeDisabled();
    for (const input of within(item(first)).getAllByRole('radio')) expect(input).toBeDisabled();
    expect(radio(first, true)).toHaveAccessibleName(`${option(first, true).text.nl}(goed antwoord)`);
    expect(radio(first, false)).toHaveAccessibleName(option(first, false).text.nl);
    // The same button moves on, and keeps focus.
    expect(button).toHaveAccessibleName('Volgende vraag');
    expect(button).toHaveFocus();
    await user.click(button);
    expect(within(item(second)).getAllByRole('radio')[0]).toHaveFocus();
  });

  it('says wrong, tags both the right answer and the chosen one, and moves on to the next open question', async () => {
    const user = setup();
    const last = quizQuestions.at(-1)!;
    await user.click(radio(last, false));
    await user.click(within(item(last)).getByRole('button', { name: 'Controleer je antwoord' }));
    const status = within(item(last)).getByRole('status');
    expect(status).toHaveTextContent(/^Niet goed\./);
    expect(status).toHaveTextContent(`Het goede antwoord is: ${option(last, true).text.nl}.`);
    expect(within(status).getByRole('link')).toHaveAttribute('href', getFact(last.fact).source.url);
    expect(radio(last, true)).toHaveAccessibleName(`${option(last, true).text.nl}(goed antwoord)`);
    expect(radio(last, false)).toHaveAccessibleName(`${option(last, false).text.nl}(jouw antwoord)`);
    // After the last question the next open one is the first.
    await user.click(within(item(last)).getByRole('button', { name: 'Volgende vraag' }));
    expect(within(item(first)).getAllByRole('radio')[0]).toHaveFocus();
  });

  it('gives the score at the end and starts again from nothing', async () => {
    const user = setup();
    expect(screen.queryByRole('region', { name: 'Je score' })).toBeNull();
    // Right, wrong, right, …
    quizQuestions.forEach((question, index) => {
      fireEvent.click(radio(question, index % 2 === 0));
      fireEvent.click(within(item(question)).getByRole('button', { name: 'Controleer je antwoord' }));
    });
    const right = Math.ceil(quizQuestions.length / 2);
    const region = screen.getByRole('region', { name: 'Je score' });
    expect(region).toHaveTextContent(`Je hebt ${right} van de ${quizQuestions.length} vragen goed.`);
    expect(screen.getAllByRole('button', { name: 'Bekijk je score' })).toHaveLength(quizQuestions.length);
    await user.click(within(item(quizQuestions.at(-1)!)).getByRole('button', { name: 'Bekijk je score' }));
    expect(screen.getByRole('heading', { name: 'Je score' })).toHaveFocus();

    await user.click(within(region).getByRole('button', { name: 'Opnieuw beginnen' }));
    expect(screen.queryByRole('region', { name: 'Je score' })).toBeNull();
    expect(screen.queryByRole('radio', { checked: true })).toBeNull();
    expect(within(item(first)).getAllByRole('radio')[0]).toHaveFocus();
    expect(screen.getAllByRole('button', { name: 'Controleer je antwoord' })).toHaveLength(quizQuestions.length);
    for (const status of screen.getAllByRole('status')) expect(status).toBeEmptyDOMElement();
    for (const group of screen.getAllByRole('group')) expect(group).toBeEnabled();
    expect(radio(first, true)).toHaveAccessibleName(option(first, true).text.nl);
  });
});
