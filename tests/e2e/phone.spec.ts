import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { pageTypes } from '../page-types';
import { clippedText, overflowing, textContrast, undersizedTargets } from './phone-checks';

// Phone comfort (issue 6): dark mode, reduced motion, 320 px wide, 200% zoom and tap targets, on
// every page type in both languages. Each check keeps a screenshot as a test attachment.
const pages = pageTypes.flatMap(({ type, nl, en }) => [
  { type, url: nl },
  { type, url: en },
]);

async function screenshot(page: Page, testInfo: TestInfo, name: string, fullPage = false) {
  await testInfo.attach(name, { body: await page.screenshot({ fullPage, animations: 'disabled' }), contentType: 'image/png' });
}

// The search page is checked with results on it, so their links are measured too.
async function prepare(page: Page, url: string) {
  await page.goto(url);
  const box = page.getByRole('searchbox');
  if (url.endsWith('/zoeken/') || url.endsWith('/search/')) {
    await expect(page.locator('[data-enhance="search"][data-enhanced]')).toBeAttached();
    await box.fill(url.startsWith('/nl/') ? 'afval' : 'waste');
    await box.press('Enter');
    await expect(
      page
        .getByRole('list', { name: /resultaten|results/i })
        .getByRole('link')
        .first(),
    ).toBeVisible();
  }
}

test.describe('dark mode', () => {
  for (const { type, url } of pages) {
    test(`${type} ${url}: its own colours, with readable text`, async ({ browser }, testInfo) => {
      const colours: Record<string, string[]> = {};
      for (const colorScheme of ['light', 'dark'] as const) {
        const context = await browser.newContext({ colorScheme, viewport: { width: 375, height: 812 } });
        const page = await context.newPage();
        await page.goto(url);
        colours[colorScheme] = await page.evaluate(() => {
          const opaque = (el: Element) => !/rgba\(.*, 0\)$|transparent/.test(getComputedStyle(el).backgroundColor);
          const paper = [...document.querySelectorAll('main article, main .receipt, main section')].find(opaque) ?? document.body;
          return [getComputedStyle(document.body).backgroundColor, getComputedStyle(paper).backgroundColor, getComputedStyle(paper).color];
        });
        for (const sample of await page.evaluate(textContrast)) {
          expect(sample.ratio, `${colorScheme}: ${sample.what}`).toBeGreaterThanOrEqual(sample.large ? 3 : 4.5);
        }
        await screenshot(page, testInfo, `${colorScheme}.png`);
        await context.close();
      }
      expect(colours.dark[0], 'page background').not.toBe(colours.light[0]);
      expect(colours.dark.slice(1), 'content colours').not.toEqual(colours.light.slice(1));
    });
  }
});

test.describe('reduced motion', () => {
  const billParts = '.receipt, .receipt *';

  test('the bill moves only for visitors who allow motion', async ({ browser }, testInfo) => {
    for (const reducedMotion of ['no-preference', 'reduce'] as const) {
      const context = await browser.newContext({ reducedMotion });
      const page = await context.newPage();
      await page.goto('/nl/');
      const names = await page
        .locator('.bill-line')
        .evaluateAll((lines) => [...new Set(lines.map((line) => getComputedStyle(line).animationName))]);
      if (reducedMotion === 'no-preference') {
        // The check can see motion: with motion allowed the lines print one by one.
        expect(names).toEqual(['bill-print']);
      } else {
        expect(names).toEqual(['none']);
        const moving = await page.evaluate(
          (selector) =>
            document.getAnimations().filter((animation) => {
              const target = (animation.effect as KeyframeEffect | null)?.target;
              return target?.matches(selector);
            }).length,
          billParts,
        );
        expect(moving).toBe(0);
        const transitions = await page
          .locator(billParts)
          .evaluateAll((els) =>
            Math.max(...els.map((el) => Math.max(...getComputedStyle(el).transitionDuration.split(',').map(parseFloat)))),
          );
        expect(transitions).toBeLessThanOrEqual(0.001);
        // Switching to another scenario starts no animation either.
        await page.getByRole('radio').nth(1).check();
        const started = await page.evaluate(() =>
          document.getAnimations().map((animation) => ((animation.effect as KeyframeEffect).target as Element).outerHTML.slice(0, 80)),
        );
        expect(started).toEqual([]);
        await screenshot(page, testInfo, 'reduced-motion.png');
      }
      await context.close();
    }
  });
});

test.describe('320 px wide', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  for (const { type, url } of pages) {
    test(`${type} ${url}: no sideways scrolling`, async ({ page }, testInfo) => {
      await prepare(page, url);
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(scrollWidth, (await page.evaluate(overflowing)).join('\n')).toBeLessThanOrEqual(320);
      await screenshot(page, testInfo, '320px.png', true);
    });
  }
});

test.describe('200% zoom', () => {
  // Browser zoom at 200% on a 1280 x 800 window: a 640 x 400 CSS px viewport at twice the pixel density.
  test.use({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
  for (const { type, url } of pages) {
    test(`${type} ${url}: no sideways scrolling, nothing cut off`, async ({ page }, testInfo) => {
      await prepare(page, url);
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(scrollWidth, (await page.evaluate(overflowing)).join('\n')).toBeLessThanOrEqual(640);
      expect(await page.evaluate(clippedText)).toEqual([]);
      const heading = await page.getByRole('heading', { level: 1 }).first().boundingBox();
      expect(heading!.x).toBeGreaterThanOrEqual(0);
      expect(heading!.x + heading!.width).toBeLessThanOrEqual(640);
      expect(await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize))).toBeGreaterThanOrEqual(16);
      await screenshot(page, testInfo, 'zoom-200.png');
    });
  }
});

test.describe('tap targets', () => {
  for (const viewport of [
    { width: 375, height: 812 },
    { width: 1280, height: 800 },
  ]) {
    test.describe(`${viewport.width} px`, () => {
      test.use({ viewport });
      for (const { type, url } of pages) {
        test(`${type} ${url}: every target at least 24 x 24 px`, async ({ page }, testInfo) => {
          await prepare(page, url);
          expect(await page.evaluate(undersizedTargets)).toEqual([]);
          if (viewport.width === 375) await screenshot(page, testInfo, 'tap-targets.png');
        });
      }
    });
  }
});

test('the tap target check finds a small link and spares a link inside a sentence', async ({ page }) => {
  await page.setContent(`
    <p>Read <a href="#a" style="font-size:10px">this</a> first.</p>
    <ul><li><a href="#b" style="font-size:10px;line-height:1">alone</a></li><li><a href="#c" style="font-size:10px;line-height:1">next</a></li></ul>
    <a href="#d" style="display:inline-block;width:30px;height:30px">big</a>`);
  const found = await page.evaluate(undersizedTargets);
  expect(found.map((target) => target.what)).toEqual(['<a> "alone" #b', '<a> "next" #c']);
});
