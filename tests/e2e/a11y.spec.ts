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
    for (const url of builtPages().filter((page) => !redirects.has(page))) {
      test(`axe: ${url}`, async ({ page }) => {
        // Long pages (the fact sheet, the corrections log) take axe over 30 s on a busy 2-core machine.
        test.setTimeout(90_000);
        await page.goto(url === '/' ? '/nl/' : url);
        // The bill prints line by line; contrast is judged on the printed receipt, not mid-fade.
        await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
        const results = await new AxeBuilder({ page }).withTags(tags).analyze();
        const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
        expect(summary).toEqual([]);
      });
    }
  });
}
