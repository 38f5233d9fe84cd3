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

test('the component gallery is in English at /en/components/', async ({ page }) => {
  await page.goto('/en/components/');
  await expect(page.getByRole('heading', { level: 1, name: 'Components for editors' })).toBeVisible();
  for (const name of ['Bill', 'Fact', 'HelpBox', 'Stat']) {
    await expect(page.getByRole('heading', { level: 2, name: `<${name}>` })).toBeVisible();
  }
  // The language switch leads to the Dutch gallery.
  await expect(page.locator('a[hreflang="nl"]').first()).toHaveAttribute('href', '/nl/componenten/');
});

// A mistake in a page's file shows in the browser (issue 13), with the content check's messages,
// never the page Contentlayer last read; once the file is fixed the page shows again.
// The messages are in the page's language, as the content check writes them in both.
for (const [url, title, heading, line, message, fix] of [
  [
    '/nl/voorbeeld-concept/',
    'Voorbeeld: een concept',
    'Deze pagina heeft een fout',
    'regel 15',
    'de tag <HelpBox> is niet gesloten',
    'zet </HelpBox> na de inhoud',
  ],
  [
    '/en/example-draft/',
    'Example: a draft',
    'This page has a mistake',
    'line 15',
    'the tag <HelpBox> is not closed',
    'add </HelpBox> after its content',
  ],
] as const) {
  test(`a broken page shows its mistake at ${url}, and the page again once fixed`, async ({ page }) => {
    const file = url.startsWith('/nl/') ? 'content/pages/nl/voorbeeld-concept.mdx' : 'content/pages/en/example-draft.mdx';
    const original = readFileSync(file, 'utf8');
    const broken = original.replace(/<HelpBox ids="(\w+)" \/>/, '<HelpBox ids="$1">');
    expect(broken).not.toBe(original);
    try {
      writeFileSync(file, broken);
      await page.goto(url);
      const problems = page.getByRole('region', { name: heading });
      await expect(problems).toBeVisible();
      await expect(problems).toContainText(file);
      await expect(problems).toContainText(line);
      await expect(problems).toContainText(message);
      await expect(problems).toContainText(fix);
      await expect(page.getByRole('heading', { level: 1, name: title })).toHaveCount(0);
    } finally {
      writeFileSync(file, original);
    }
    await expect(async () => {
      await page.goto(url);
      await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible({ timeout: 1000 });
    }).toPass({ timeout: 60_000 });
    await expect(page.locator('[data-dev-problems]')).toHaveCount(0);
  });
}

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
