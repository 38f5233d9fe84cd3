import { expect, test, type Page } from '@playwright/test';

// A fact's series on the built fact sheet: a figure named by the change in words, a table with the
// unit, an SVG drawn at build time that follows the colour scheme and print, and no sideways scroll
// on a 320 px phone.
const sheets = [
  {
    url: '/nl/feiten/',
    name: 'Van 84 mg MDMA per pil in 2011, via 170 in 2019, naar 144 in 2022.',
    headers: ['Jaar', 'mg MDMA per pil'],
    deaths: 'Van 123 sterfgevallen in 2014 naar 378 in 2024.',
  },
  {
    url: '/en/facts/',
    name: 'From 84 mg of MDMA per pill in 2011, via 170 in 2019, to 144 in 2022.',
    headers: ['Year', 'mg of MDMA per pill'],
    deaths: 'From 123 deaths in 2014 to 378 in 2024.',
  },
] as const;

const trend = (page: Page, id: string, name: string) => page.locator(`li[id="${id}"]`).getByRole('figure', { name });

for (const sheet of sheets) {
  test(`${sheet.url}: a fact with a series shows its change in words, a table and a chart`, async ({ page }) => {
    await page.goto(sheet.url);
    const figure = trend(page, 'health-ecstasy-tablet-strength', sheet.name);
    await expect(figure).toBeVisible();
    const table = figure.getByRole('table');
    await expect(table.getByRole('columnheader')).toHaveText([...sheet.headers]);
    await expect(table.getByRole('row')).toHaveText([/./, /^2011\s*84$/, /^2019\s*170$/, /^2022\s*144$/]);
    // The chart is drawn in the page, with a dot per measured year, and left to the table for screen readers.
    const svg = figure.locator('svg');
    await expect(svg).toHaveAttribute('aria-hidden', 'true');
    await expect(svg.locator('circle')).toHaveCount(3);
    // Two years ten years apart: a dashed line, and the gap said in words.
    await expect(trend(page, 'health-direct-drug-deaths-2024', sheet.deaths).locator('path[stroke-dasharray]')).toHaveCount(1);
    // Only facts with a series get a chart.
    await expect(page.locator('[data-fact-entry] figure svg')).toHaveCount(3);
  });
}

test('on a 320 px phone the trend fits without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/nl/feiten/');
  const figure = trend(page, 'health-ecstasy-tablet-strength', sheets[0].name);
  await figure.scrollIntoViewIfNeeded();
  const box = await figure.boundingBox();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(320);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test('the chart takes its colours from the colour scheme, and prints in black', async ({ page }) => {
  await page.goto('/nl/feiten/');
  const svg = trend(page, 'health-ecstasy-tablet-strength', sheets[0].name).locator('svg');
  const colour = () => svg.evaluate((element) => getComputedStyle(element).color);
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await colour()).toBe('rgb(179, 38, 30)');
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await colour()).toBe('rgb(255, 138, 128)');
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  expect(await colour()).toBe('rgb(0, 0, 0)');
  await expect(svg).toBeVisible();
});
