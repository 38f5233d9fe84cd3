import { expect, test } from '@playwright/test';
import { siteUrl } from './site-data';

const url = '/nl/milieu/';
const share = (page: import('@playwright/test').Page) => page.getByRole('region', { name: 'Deel deze pagina' });

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the share control is plain links: WhatsApp, e-mail and the page itself', async ({ page }) => {
    await page.goto(url);
    const region = share(page);
    const whatsapp = await region.getByRole('link', { name: 'Deel via WhatsApp' }).getAttribute('href');
    expect(whatsapp).toMatch(/^https:\/\/wa\.me\/\?text=/);
    expect(decodeURIComponent(whatsapp!.split('text=')[1])).toContain(`${siteUrl}${url}`);
    const email = await region.getByRole('link', { name: 'Deel via e-mail' }).getAttribute('href');
    expect(email).toMatch(/^mailto:\?subject=/);
    expect(decodeURIComponent(email!)).toContain(`${siteUrl}${url}`);
    await expect(region.getByRole('link', { name: 'Link naar deze pagina' })).toHaveAttribute('href', `${siteUrl}${url}`);
  });
});

test('without the Web Share API: WhatsApp, e-mail and a button that copies the link', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.addInitScript(() => Object.defineProperty(navigator, 'share', { value: undefined }));
  await page.goto(url);
  const region = share(page);
  await expect(region.getByRole('link', { name: 'Deel via WhatsApp' })).toBeVisible();
  await expect(region.getByRole('link', { name: 'Deel via e-mail' })).toBeVisible();
  await region.getByRole('button', { name: 'Kopieer link' }).click();
  await expect(region.getByRole('status')).toHaveText('Link gekopieerd');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${siteUrl}${url}`);
});

test('with the Web Share API: one button that opens the browser’s share sheet with the page', async ({ page }) => {
  await page.addInitScript(() => {
    const calls: ShareData[] = [];
    Object.defineProperty(window, 'shareCalls', { value: calls });
    Object.defineProperty(navigator, 'share', { value: async (data: ShareData) => void calls.push(data) });
  });
  await page.goto(url);
  const region = share(page);
  await expect(region.getByRole('link', { name: 'Deel via WhatsApp' })).toHaveCount(0);
  await region.getByRole('button', { name: 'Delen' }).click();
  const calls = await page.evaluate(() => (window as unknown as { shareCalls: ShareData[] }).shareCalls);
  expect(calls).toEqual([{ title: expect.stringContaining('milieu'), url: `${siteUrl}${url}` }]);
});
