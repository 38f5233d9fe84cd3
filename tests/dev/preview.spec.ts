import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

test.setTimeout(120_000);

test('a draft is visible in the preview and marked as a draft', async ({ page }) => {
  await page.goto('/nl/voorbeeld-concept/');
  await expect(page.getByRole('heading', { level: 1, name: 'Voorbeeld: een concept' })).toBeVisible();
  // The share control has a status of its own further down.
  await expect(page.getByRole('status').filter({ hasText: 'Concept' })).toHaveText('Concept: deze pagina staat niet op de echte site');
});

test('the component gallery shows every story component from its example', async ({ page }) => {
  await page.goto('/nl/componenten/');
  for (const name of ['Bill', 'Callout', 'Chain', 'Chapter', 'Fact', 'Figure', 'HelpBox', 'MythFact', 'Quote', 'Sources', 'Stat']) {
    await expect(page.getByRole('heading', { level: 2, name: `<${name}>` })).toBeVisible();
  }
  await expect(page.getByRole('region', { name: 'De onzichtbare rekening' }).getByRole('listitem')).toHaveCount(3);
});

// In dev React hydrates the page; the widgets are enhanced after that (components/client/DevEnhance.tsx).
test('the widgets work in the preview too, without hydration errors', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  // Without the Web Share API, so the copy button shows (Chromium has both).
  await page.addInitScript(() => Object.defineProperty(navigator, 'share', { value: undefined }));
  await page.goto('/nl/milieu/');
  const share = page.getByRole('region', { name: 'Deel deze pagina' });
  await expect(share.getByRole('button', { name: 'Kopieer link' })).toBeVisible();
  await expect(share.getByRole('link', { name: 'Link naar deze pagina' })).toHaveCount(0);
  await page.goto('/nl/');
  await expect(page.getByRole('group', { name: 'Kies een situatie' })).toBeVisible();
  await page.goto('/nl/quiz/');
  await expect(page.getByRole('button', { name: 'Controleer je antwoord' }).first()).toBeVisible();
  expect(errors).toEqual([]);
});

// Live preview: an edit to an MDX file or a fact shows in the open page without a restart or reload.
for (const [file, from, to, url] of [
  ['content/pages/nl/voorbeeld-concept.mdx', 'Deze pagina laat zien', 'Deze bewerkte pagina laat zien', '/nl/voorbeeld-concept/'],
  ['content/facts/env-dumpings-2024.yaml', 'nl: In 2024 vond de politie', 'nl: In 2024 vond de bewerkte politie', '/nl/componenten/'],
] as const) {
  test(`an edit to ${file} shows without a reload`, async ({ page }) => {
    const original = readFileSync(file, 'utf8');
    await page.goto(url);
    const marker = to.replace(/^nl: /, '');
    await expect(page.getByText(marker, { exact: false })).toHaveCount(0);
    try {
      writeFileSync(file, original.replace(from, to));
      await expect(page.getByText(marker, { exact: false }).first()).toBeVisible({ timeout: 60_000 });
    } finally {
      writeFileSync(file, original);
    }
  });
}
