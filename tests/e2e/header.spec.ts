import { expect, test, type Page } from '@playwright/test';

// The phone header (issue 15): one bar of about 64 px with the name and a menu button, so a page's
// message starts in the first screen; the menu is a native disclosure that works without
// JavaScript and by keyboard. From 768 px the navigation is always in view.
// A <details> is a group to Playwright; its <summary> has no ARIA role there, so it is found in the
// group. What a screen reader gets is read from Chromium's own accessibility tree (menuState).
const menu = (page: Page, name: string) => page.getByRole('banner').getByRole('group').locator('summary', { hasText: name });

/** The menu button as Chromium exposes it to assistive technology: its role and whether it is expanded. */
async function menuState(page: Page, name: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const { result } = await cdp.send('Runtime.evaluate', { expression: 'document' });
  const { nodes } = await cdp.send('Accessibility.queryAXTree', { objectId: result.objectId, accessibleName: name });
  await cdp.detach();
  return nodes
    .filter((node) => node.role?.value !== 'StaticText')
    .map((node) => `${node.role?.value} ${node.properties?.find((property) => property.name === 'expanded')?.value.value}`);
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`on a phone, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ viewport: { width: 375, height: 812 }, javaScriptEnabled });

    test('the header is one compact bar, and the page heading starts in the top fifth of the screen', async ({ page }) => {
      for (const url of ['/nl/', '/en/health/', '/nl/privacy/']) {
        await page.goto(url);
        const header = await page.getByRole('banner').boundingBox();
        expect(header!.height, url).toBeLessThanOrEqual(72);
        const heading = await page.getByRole('heading', { level: 1 }).boundingBox();
        expect(heading!.y, url).toBeLessThan(812 / 5);
        await expect(page.getByRole('navigation', { name: url.startsWith('/nl/') ? 'Hoofdmenu' : 'Main menu' })).toBeHidden();
      }
    });

    test('the menu opens and closes, and holds the navigation, search and the other language', async ({ page }) => {
      await page.goto('/nl/');
      const button = menu(page, 'Menu');
      await expect(button).toBeVisible();
      await button.click();
      const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
      await expect(nav.getByRole('link', { name: 'Gezondheid' })).toBeVisible();
      await expect(page.getByRole('banner').getByRole('link', { name: 'Zoeken' })).toBeVisible();
      await expect(page.getByRole('banner').getByRole('link', { name: 'English' })).toBeVisible();
      await nav.getByRole('link', { name: 'Milieu' }).click();
      await expect(page).toHaveURL(/\/nl\/milieu\/$/);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(nav).toBeHidden();
      await menu(page, 'Menu').click();
      await expect(nav.getByRole('link', { name: 'Milieu' })).toHaveAttribute('aria-current', 'page');
      await menu(page, 'Menu').click();
      await expect(nav).toBeHidden();
    });

    test('by keyboard: the menu is reached with Tab, opened with Enter, and its links follow it', async ({ page }) => {
      await page.goto('/en/');
      const button = menu(page, 'Menu');
      for (let tabs = 0; tabs < 5 && !(await button.evaluate((el) => el === document.activeElement)); tabs += 1)
        await page.keyboard.press('Tab');
      await expect(button).toBeFocused();
      // A screen reader hears a collapsed, then an expanded, disclosure button.
      expect(await menuState(page, 'Menu')).toEqual(['DisclosureTriangle false']);
      await page.keyboard.press('Enter');
      expect(await menuState(page, 'Menu')).toEqual(['DisclosureTriangle true']);
      await page.keyboard.press('Tab');
      await expect(page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Health' })).toBeFocused();
    });
  });
}

test.describe('on a desktop', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the navigation is in view without a menu button', async ({ page }) => {
    await page.goto('/nl/');
    await expect(page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Hulp' })).toBeVisible();
    await expect(menu(page, 'Menu')).toBeHidden();
    await expect(page.getByRole('banner').getByRole('link', { name: 'English' })).toBeVisible();
  });
});
