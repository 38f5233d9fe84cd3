import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import YAML from 'yaml';
import { builtHtml } from './built-pages';
import { factTopics, scenarios } from './content-data';

// The home page as the 30-second campaign (issue 15): on a phone it carries its message in this
// order, fits six screens and 700 words, with and without JavaScript. The theme pages carry their
// drawing. Everything is read from the built pages and the content, not from lib/.
const phone = { width: 375, height: 812 };

type PageData = { url: string; locale: string; translationKey: string; title: string };
const pagesDir = path.resolve('.contentlayer/generated/Page');
const pages: PageData[] = readdirSync(pagesDir)
  .filter((name) => name.startsWith('pages__'))
  .map((name) => JSON.parse(readFileSync(path.join(pagesDir, name), 'utf8')) as PageData);
const themeKeys = ['health', 'environment', 'society', 'youth', 'online', 'communities'];

const homes = [
  { url: '/nl/', bill: 'De onzichtbare rekening', choices: 'Kies een situatie', todo: 'Wat kun je doen?', help: 'Hulp nodig?' },
  { url: '/en/', bill: 'The invisible bill', choices: 'Pick a situation', todo: 'What can you do?', help: 'Need help?' },
];

const top = async (page: Page, locator: ReturnType<Page['locator']>) =>
  (await locator.boundingBox())!.y + (await page.evaluate(() => scrollY));

for (const home of homes) {
  for (const javaScriptEnabled of [true, false]) {
    test.describe(`${home.url} on a phone, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
      test.use({ viewport: phone, javaScriptEnabled });

      test('fits six screens and 700 words, whichever scenario is chosen', async ({ page }) => {
        for (const chosen of ['', ...scenarios().map(({ id }) => `#bill-${id}`)]) {
          await page.goto('about:blank');
          await page.goto(`${home.url}${chosen}`);
          const { height, words } = await page.evaluate(() => ({
            height: document.documentElement.scrollHeight,
            words: document.body.innerText.split(/\s+/).filter(Boolean).length,
          }));
          expect(height, `page height in px ${chosen}`).toBeLessThanOrEqual(6 * phone.height);
          expect(words, `visible words ${chosen}`).toBeLessThanOrEqual(700);
        }
      });

      test('gives the message, the receipt in the first screen, the earnings model, one scenario, what to do, then help', async ({
        page,
      }) => {
        await page.goto(home.url);
        const bill = page.getByRole('region', { name: home.bill, exact: true });
        await expect(bill).toBeInViewport();
        expect(await top(page, bill)).toBeLessThan(phone.height);
        // The earnings-model line cites its source.
        const earnings = page.locator('p', { has: page.locator('a[href="#bron-soc-drug-trade-earnings-model"]') });
        await expect(earnings).toHaveCount(1);
        const scenarioChoices = javaScriptEnabled
          ? page.getByRole('group', { name: home.choices })
          : page.getByRole('navigation', { name: home.choices });
        const order = [
          page.getByRole('heading', { level: 1 }),
          bill,
          earnings,
          scenarioChoices,
          page.getByRole('heading', { name: home.todo }),
          page.getByRole('region', { name: home.help }),
        ];
        const tops: number[] = [];
        for (const part of order) tops.push(await top(page, part));
        expect(tops).toEqual([...tops].sort((a, b) => a - b));
      });
    });
  }
}

const homeCorrections = readdirSync('content/corrections').filter((name) =>
  (YAML.parse(readFileSync(path.join('content/corrections', name), 'utf8')) as { concerns: { pages?: string[] } }).concerns.pages?.includes(
    'home',
  ),
).length;

test('several corrections of a page fold into one line that opens to list them', async ({ page }) => {
  expect(homeCorrections).toBeGreaterThan(1);
  await page.goto('/nl/');
  const links = page.locator('[data-corrected] a');
  await expect(links).toHaveCount(homeCorrections);
  await expect(links.first()).toBeHidden();
  await page.getByText(`Gecorrigeerd: ${homeCorrections} keer`).click();
  for (const link of await links.all()) await expect(link).toBeVisible();
});

const drawingMark = 'viewBox="0 0 96 96"';
const built = pages.filter((data) => data.translationKey !== 'example-draft');
// The partner kit marks each topic's group of cards with that topic's drawing (help lines have one
// of their own, drawn for the kit only); no other page but the theme pages may carry one.
const kitPage = 'materials';

test('only the theme pages carry a theme drawing, and the partner kit beside its groups', () => {
  const withDrawing = built
    .filter((data) => data.translationKey !== kitPage && builtHtml(data.url).includes(drawingMark))
    .map((data) => data.url);
  const kit = built.filter((data) => data.translationKey === kitPage);
  expect(kit).toHaveLength(2);
  for (const data of kit) expect(builtHtml(data.url).split(drawingMark).length - 1, data.url).toBe(factTopics().length);
  const themePages = built.filter((data) => themeKeys.includes(data.translationKey)).map((data) => data.url);
  expect(themePages).toHaveLength(2 * themeKeys.length);
  expect(withDrawing.sort()).toEqual(themePages.sort());
});

for (const data of built.filter((page) => themeKeys.includes(page.translationKey))) {
  test(`${data.url} shows its drawing beside the title, on a phone and on a wide screen`, async ({ page }) => {
    const heading = page.getByRole('heading', { level: 1 });
    const drawing = page.locator(`main svg[aria-hidden="true"][${drawingMark}]`);
    for (const viewport of [phone, { width: 1280, height: 800 }]) {
      await page.setViewportSize(viewport);
      await page.goto(data.url);
      await expect(drawing).toBeVisible();
      const [art, title] = [(await drawing.boundingBox())!, (await heading.boundingBox())!];
      // At the right of the title's first line, not above it.
      expect(art.x, `${viewport.width} px`).toBeGreaterThan(title.x + title.width / 2);
      expect(Math.abs(art.y - title.y), `${viewport.width} px`).toBeLessThan(24);
    }
  });
}
