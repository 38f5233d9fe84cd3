import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { fact, scenarios } from './content-data';

// The interactive bill on the home page (issue 6): a scenario per situation, every line a fact.
const all = scenarios();
const byDefault = all.find((scenario) => scenario.default)!;
const other = all.find((scenario) => !scenario.default)!;

async function expectBillOf(page: Page, scenario: (typeof all)[number], locale: 'nl' | 'en') {
  const bill = page.getByRole('region', { name: scenario.name[locale], exact: true });
  await expect(bill).toBeVisible();
  const lines = bill.getByRole('listitem');
  await expect(lines).toHaveCount(scenario.lines.length);
  for (const [index, line] of scenario.lines.entries()) {
    // Each line prints its fact's figure as the registry has it, and links to its chapter.
    await expect(lines.nth(index)).toContainText(fact(line.fact).figure![locale]);
    await expect(lines.nth(index).getByRole('link', { name: line.label[locale], exact: true })).toHaveAttribute('href', line.href[locale]);
  }
  await expect(bill).toContainText(scenario.total[locale]);
  for (const hidden of all.filter((candidate) => candidate.id !== scenario.id)) {
    await expect(page.getByRole('region', { name: hidden.name[locale], exact: true, includeHidden: true })).toBeHidden();
  }
}

test('the default scenario is shown and every other one is one choice away, with the choice in the URL', async ({ page }) => {
  await page.goto('/nl/');
  const choices = page.getByRole('group', { name: 'Kies een situatie' });
  await expect(choices.getByRole('radio')).toHaveCount(all.length);
  await expect(choices.getByRole('radio', { name: byDefault.name.nl })).toBeChecked();
  await expectBillOf(page, byDefault, 'nl');

  await choices.getByRole('radio', { name: other.name.nl }).check();
  await expect(page).toHaveURL(new RegExp(`\\?bill=${other.id}$`));
  await expectBillOf(page, other, 'nl');
  // Screen readers hear the new total.
  await expect(page.getByRole('status').filter({ hasText: other.total.nl })).toContainText(other.name.nl);

  // A shared link opens the same bill.
  await page.reload();
  await expect(choices.getByRole('radio', { name: other.name.nl })).toBeChecked();
  await expectBillOf(page, other, 'nl');
});

test('the share control shares the bill the visitor chose', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.addInitScript(() => Object.defineProperty(navigator, 'share', { value: undefined }));
  await page.goto('/nl/');
  await page.getByRole('group', { name: 'Kies een situatie' }).getByRole('radio', { name: other.name.nl }).check();
  const share = page.getByRole('region', { name: 'Deel deze pagina' });
  const whatsapp = share.getByRole('link', { name: 'Deel via WhatsApp' });
  await whatsapp.focus();
  expect(decodeURIComponent((await whatsapp.getAttribute('href'))!)).toMatch(new RegExp(`/nl/\\?bill=${other.id}$`));
  await share.getByRole('button', { name: 'Kopieer link' }).click();
  await expect(share.getByRole('status')).toHaveText('Link gekopieerd');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`/nl/\\?bill=${other.id}$`));
});

test('a link made without JavaScript (#bill-) opens that bill, and the address becomes ?bill=', async ({ page }) => {
  await page.goto(`/en/#bill-${other.id}`);
  await expectBillOf(page, other, 'en');
  await expect(page).toHaveURL(new RegExp(`/en/\\?bill=${other.id}$`));
});

test('the scenarios are a radio group that works with the arrow keys', async ({ page }) => {
  await page.goto('/en/');
  const choices = page.getByRole('group', { name: 'Pick a situation' });
  await choices.getByRole('radio', { name: all[0].name.en }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(choices.getByRole('radio', { name: all[1].name.en })).toBeFocused();
  await expect(choices.getByRole('radio', { name: all[1].name.en })).toBeChecked();
  await expect(page).toHaveURL(new RegExp(`\\?bill=${all[1].id}$`));
  await expectBillOf(page, all[1], 'en');
});

test('every scenario opens from its link in both languages', async ({ page }) => {
  // Two page loads per scenario: the time grows with the content, so it gets the slow budget.
  test.slow();
  for (const scenario of all) {
    for (const locale of ['nl', 'en'] as const) {
      await page.goto(`/${locale}/?bill=${scenario.id}`);
      await expectBillOf(page, scenario, locale);
      // The bill is below the fold; the link opens at it, with the choices in view.
      await expect(page.getByRole('radio', { name: scenario.name[locale] })).toBeInViewport();
    }
  }
});

test('the home page without a chosen bill opens at its top', async ({ page }) => {
  await page.goto('/nl/');
  await expect(page.locator('[data-enhance="bill"][data-enhanced]')).toBeAttached();
  await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();
  await expect(page.getByRole('group', { name: 'Kies een situatie' })).not.toBeInViewport();
});

test('every bill line of every scenario has a source note that leads to its source', async ({ page }) => {
  await page.goto('/nl/');
  for (const scenario of all) {
    for (const line of scenario.lines) {
      const entry = page.locator(`#bron-${line.fact}`);
      await expect(entry).toHaveCount(1);
      await expect(entry.locator('a').first()).toHaveAttribute('href', fact(line.fact).source.url);
    }
  }
});

test('the bill after a switch has no axe violations', async ({ page }) => {
  await page.goto('/nl/');
  await page.getByRole('radio', { name: other.name.nl }).check();
  await expectBillOf(page, other, 'nl');
  // The new bill prints line by line; contrast is judged on the printed receipt, not mid-fade.
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the default scenario is complete and every other one is a plain link away', async ({ page }) => {
    await page.goto('/nl/');
    await expectBillOf(page, byDefault, 'nl');
    const choices = page.getByRole('navigation', { name: 'Kies een situatie' });
    for (const scenario of all) {
      await choices.getByRole('link', { name: scenario.name.nl }).click();
      await expect(page).toHaveURL(new RegExp(`#bill-${scenario.id}$`));
      await expectBillOf(page, scenario, 'nl');
    }
  });
});
