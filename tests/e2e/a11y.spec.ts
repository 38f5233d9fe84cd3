import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages, redirectPages } from './built-pages';

// best-practice adds the rules Lighthouse also scores, such as heading order and landmarks.
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

// Every built page, in the light and the dark colour scheme, has zero axe violations. Redirect
// pages leave at once (meta refresh); their targets are scanned in their own right.
const redirects = new Set(redirectPages());
for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} colour scheme`, () => {
    test.use({ colorScheme });
    // An axe scan of the long fact sheet takes about 10 s on an idle 2-core machine and over 30 s on a
    // busy one: a budget that holds under load, so the suite does not depend on an idle machine.
    test.setTimeout(120_000);
    for (const url of builtPages().filter((page) => !redirects.has(page))) {
      test(`axe: ${url}`, async ({ page }) => {
        await page.goto(url === '/' ? '/nl/' : url);
        // The bill prints line by line; contrast is judged on the printed receipt, not mid-fade.
        await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
        const results = await new AxeBuilder({ page }).withTags(tags).analyze();
        const summary = results.violations.map(
          (v) =>
            `${v.id}: ${v.help} (${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(', ')})`,
        );
        expect(summary).toEqual([]);
      });
    }
  });
}
