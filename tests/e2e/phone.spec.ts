import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { pageTypes } from '../page-types';
import { contentPages } from './built-pages';
import { clippedText, overflowing, textContrast, undersizedTargets } from './phone-checks';

// Phone comfort (issues 6 and 15): 320 px wide, 200% zoom, tap targets and dark mode on every built
// page in both languages, and reduced motion on the bill.
const phonePages = [...contentPages(), '/nl/bestaat-niet/', '/en/does-not-exist/'];
// Screenshots are attached for one page per type, so the report stays small enough to look through.
const screenshotsOf = new Set<string>(pageTypes.flatMap(({ nl, en }) => [nl, en]));

/** The page's background, and the background and text colour of its first opaque content block. */
function pageColours(): string[] {
  const opaque = (el: Element) => !/rgba\(.*, 0\)$|transparent/.test(getComputedStyle(el).backgroundColor);
  const paper = [...document.querySelectorAll('main article, main .receipt, main section')].find(opaque) ?? document.body;
  return [getComputedStyle(document.body).backgroundColor, getComputedStyle(paper).backgroundColor, getComputedStyle(paper).color];
}

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

// Every page, not a sample: five pages once failed 320 px reflow while the one page per type passed.
// One visit per page, resized between the checks (200% zoom of a 1280 x 800 window lays out as a
// 640 x 400 viewport), keeps the whole site to about two seconds a page.
test.describe('every page on a phone', () => {
  for (const url of phonePages) {
    test(`${url}: reflows at 320 px and at 200% zoom, targets of 24 px, dark mode readable`, async ({ page }, testInfo) => {
      const keep = screenshotsOf.has(url);
      await page.setViewportSize({ width: 320, height: 640 });
      await prepare(page, url);
      const narrow = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(narrow, `320 px: ${(await page.evaluate(overflowing)).join('\n')}`).toBeLessThanOrEqual(320);
      if (keep) await screenshot(page, testInfo, '320px.png', true);

      await page.setViewportSize({ width: 640, height: 400 });
      const zoomed = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(zoomed, `200%: ${(await page.evaluate(overflowing)).join('\n')}`).toBeLessThanOrEqual(640);
      expect(await page.evaluate(clippedText), '200%: text cut off').toEqual([]);
      const heading = await page.getByRole('heading', { level: 1 }).first().boundingBox();
      expect(heading!.x).toBeGreaterThanOrEqual(0);
      expect(heading!.x + heading!.width).toBeLessThanOrEqual(640);
      expect(await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize))).toBeGreaterThanOrEqual(16);

      for (const viewport of [
        { width: 375, height: 812 },
        { width: 1280, height: 800 },
      ]) {
        await page.setViewportSize(viewport);
        expect(await page.evaluate(undersizedTargets), `${viewport.width} px: targets under 24 x 24 px`).toEqual([]);
      }

      await page.setViewportSize({ width: 375, height: 812 });
      const colours: Record<string, string[]> = {};
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        colours[colorScheme] = await page.evaluate(pageColours);
        for (const sample of await page.evaluate(textContrast)) {
          expect(sample.ratio, `${colorScheme}: ${sample.what}`).toBeGreaterThanOrEqual(sample.large ? 3 : 4.5);
        }
        if (keep) await screenshot(page, testInfo, `${colorScheme}.png`);
      }
      expect(colours.dark[0], 'page background').not.toBe(colours.light[0]);
      expect(colours.dark.slice(1), 'content colours').not.toEqual(colours.light.slice(1));
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
