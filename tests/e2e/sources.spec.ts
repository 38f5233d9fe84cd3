import { expect, test } from '@playwright/test';
import { contentPages } from './built-pages';

// A wrong or unsourced figure is the worst bug this site can have: every figure on every page
// carries a note that points to an entry in the page's sources, and that entry links out.
test('every figure on every page links to its source', async ({ page }) => {
  test.setTimeout(120_000);
  let figures = 0;
  for (const url of contentPages()) {
    await page.goto(url);
    const notes = page.locator('[data-fact] a[href^="#bron-"]');
    const count = await notes.count();
    figures += count;
    for (let i = 0; i < count; i++) {
      const target = (await notes.nth(i).getAttribute('href'))!;
      const entry = page.locator(target);
      await expect(entry, `${url}: ${target}`).toHaveCount(1);
      await expect(entry.getByRole('link').first(), `${url}: ${target} links to its source`).toHaveAttribute('href', /^https:\/\//);
    }
  }
  expect(figures).toBeGreaterThan(50);
});

test('a source note takes the reader to the source entry', async ({ page }) => {
  await page.goto('/nl/milieu/');
  const note = page.locator('[data-fact] a[href^="#bron-"]').first();
  const target = (await note.getAttribute('href'))!;
  await note.click();
  await expect(page).toHaveURL(new RegExp(`${target}$`));
  await expect(page.locator(target)).toBeInViewport();
});
