import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { builtPages, redirectPages } from './built-pages';

// best-practice adds the rules Lighthouse also scores, such as heading order and landmarks.
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
// The dark colour scheme changes colours only (CSS variables), never the markup: in dark, the rules
// that judge colour are run again. That is half the cost of a second full scan, on every page.
const colourRules = ['color-contrast', 'link-in-text-block'];

// The bill prints line by line, and colours fade when the scheme changes: contrast is judged once
// every animation and transition has ended, not mid-fade.
const settled = (page: Page) =>
  page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));

const summary = (violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations']) =>
  violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')})`,
  );

// Every built page has zero axe violations in the light colour scheme, and none of the colour rules
// in the dark one. Redirect pages leave at once (meta refresh); their targets are scanned in their own right.
const redirects = new Set(redirectPages());
test.describe('axe', () => {
  test.use({ colorScheme: 'light' });
  // An axe scan of the long fact sheet takes about 15 s on an idle 2-core machine and over 30 s on a
  // busy one: a budget that holds under load, so the suite does not depend on an idle machine.
  test.setTimeout(120_000);
  for (const url of builtPages().filter((page) => !redirects.has(page))) {
    test(`axe, light and dark: ${url}`, async ({ page }) => {
      await page.goto(url === '/' ? '/nl/' : url);
      await settled(page);
      expect(summary((await new AxeBuilder({ page }).withTags(tags).analyze()).violations), 'light').toEqual([]);
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
      await settled(page);
      expect(summary((await new AxeBuilder({ page }).withRules(colourRules).analyze()).violations), 'dark').toEqual([]);
    });
  }
});
