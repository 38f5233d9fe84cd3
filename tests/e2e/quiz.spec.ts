import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { fact, questions } from './content-data';

// The quiz (issue 6): keyboard and screen reader friendly, explained answers with sources, a score,
// nothing stored or sent; without JavaScript a plain page of questions and answers.
const all = questions();
const optionText = (question: (typeof all)[number], id: string, locale: 'nl' | 'en') =>
  question.options.find((option) => option.id === id)!.text[locale];

// The quiz works before its JavaScript arrives (answers in <details>); the checking starts after.
const enhanced = (page: Page, check: string) => expect(page.getByRole('button', { name: check }).first()).toBeVisible();

test('a keyboard user answers every question, hears each explanation and gets a score', async ({ page, context }) => {
  await page.goto('/nl/quiz/');
  await enhanced(page, 'Controleer je antwoord');
  const requests: string[] = [];
  // The browser fetches the tab icon on its own schedule; anything else would be the quiz talking.
  page.on('request', (request) => {
    if (!new URL(request.url()).pathname.startsWith('/icon')) requests.push(`${request.method()} ${request.url()}`);
  });
  let expected = 0;
  for (const [index, question] of all.entries()) {
    const item = page.getByRole('listitem').filter({ has: page.getByRole('group', { name: question.question.nl }) });
    const group = item.getByRole('group', { name: question.question.nl });
    await expect(group).toContainText(`Vraag ${index + 1} van ${all.length}`);
    // Alternate right and wrong answers; the arrow keys move through the options.
    const pick = index % 2 === 0 ? question.correct : question.options.find((option) => option.id !== question.correct)!.id;
    if (pick === question.correct) expected += 1;
    const radios = group.getByRole('radio');
    if (index === 0) await radios.first().focus();
    await expect(radios.first()).toBeFocused();
    await page.keyboard.press('Space');
    const target = question.options.findIndex((option) => option.id === pick);
    for (let step = 0; step < target; step++) await page.keyboard.press('ArrowDown');
    await expect(group.getByRole('radio', { name: optionText(question, pick, 'nl'), exact: true })).toBeChecked();

    await page.keyboard.press('Tab');
    await expect(item.getByRole('button', { name: 'Controleer je antwoord' })).toBeFocused();
    await page.keyboard.press('Enter');
    const feedback = item.getByRole('status');
    await expect(feedback).toContainText(pick === question.correct ? 'Goed!' : 'Niet goed.');
    await expect(feedback).toContainText(`Het goede antwoord is: ${optionText(question, question.correct, 'nl')}.`);
    await expect(feedback).toContainText(fact(question.fact).text.nl);
    await expect(feedback.getByRole('link')).toHaveAttribute('href', fact(question.fact).source.url);
    await expect(radios.first()).toBeDisabled();

    // Focus stays on the same button, which now moves on.
    const last = index === all.length - 1;
    const next = item.getByRole('button', { name: last ? 'Bekijk je score' : 'Volgende vraag' });
    await expect(next).toBeFocused();
    await page.keyboard.press('Enter');
  }
  const score = page.getByRole('heading', { name: 'Je score' });
  await expect(score).toBeFocused();
  await expect(page.getByRole('region', { name: 'Je score' })).toContainText(`Je hebt ${expected} van de ${all.length} vragen goed.`);

  // Nothing stored, nothing sent.
  expect(requests).toEqual([]);
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
  expect(await context.cookies()).toEqual([]);

  await page.getByRole('button', { name: 'Opnieuw beginnen' }).click();
  await expect(page.getByRole('group', { name: all[0].question.nl }).getByRole('radio').first()).toBeFocused();
  await expect(page.getByRole('heading', { name: 'Je score' })).toHaveCount(0);
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
});

test('checking without an answer asks for one and puts focus on the options', async ({ page }) => {
  await page.goto('/en/quiz/');
  const item = page.getByRole('listitem').filter({ has: page.getByRole('group', { name: all[0].question.en }) });
  await item.getByRole('button', { name: 'Check your answer' }).click();
  await expect(item.getByRole('status')).toHaveText('Pick an answer first.');
  await expect(item.getByRole('radio').first()).toBeFocused();
});

test('the quiz has no axe violations once answered', async ({ page }) => {
  await page.goto('/en/quiz/');
  await enhanced(page, 'Check your answer');
  for (const question of all) {
    const item = page.getByRole('listitem').filter({ has: page.getByRole('group', { name: question.question.en }) });
    await item.getByRole('radio', { name: optionText(question, question.options[0].id, 'en'), exact: true }).check();
    await item.getByRole('button', { name: 'Check your answer' }).click();
  }
  await expect(page.getByRole('heading', { name: 'Your score' })).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every question is on the page with its answer, explanation and source', async ({ page }) => {
    for (const locale of ['nl', 'en'] as const) {
      await page.goto(`/${locale}/quiz/`);
      await expect(page.getByRole('listitem').filter({ has: page.getByRole('radio') })).toHaveCount(all.length);
      for (const question of all) {
        const item = page.getByRole('listitem').filter({ has: page.getByRole('group', { name: question.question[locale] }) });
        await expect(item.getByRole('radio')).toHaveCount(question.options.length);
        await item.getByText(locale === 'nl' ? 'Bekijk het antwoord' : 'Show the answer').click();
        await expect(item.getByText(optionText(question, question.correct, locale), { exact: false }).last()).toBeVisible();
        await expect(item.getByRole('link')).toHaveAttribute('href', fact(question.fact).source.url);
      }
    }
  });
});
