import { expect, test } from '@playwright/test';
import { unzipSync } from 'fflate';
import { pngSize, publishedReleases } from './site-data';

const rooms = [
  {
    locale: 'nl',
    url: '/nl/pers/',
    releases: 'Persberichten',
    notes: 'Noot voor de redactie',
    contact: 'Contact voor de pers',
    roomContact: 'Perscontact',
    kit: 'Perskit',
    zip: 'Download de hele perskit (zip)',
    announcement: 'Samenvatting van een nieuwsbericht van de Rijksoverheid',
    notTheirs: 'Deze tekst is niet van de ministeries zelf',
    original: 'Lees het oorspronkelijke bericht op rijksoverheid.nl',
    siteNews: 'Nieuws over deze website',
    offices: ['Woordvoerders van VWS op rijksoverheid.nl', 'Ministerie van Justitie en Veiligheid op rijksoverheid.nl'],
  },
  {
    locale: 'en',
    url: '/en/press/',
    releases: 'Press releases',
    notes: 'Notes for editors',
    contact: 'Press contact',
    roomContact: 'Press contact',
    kit: 'Press kit',
    zip: 'Download the whole press kit (zip)',
    announcement: 'Summary of a news item of the Dutch government',
    notTheirs: "This text is not the ministries' own",
    original: 'Read the original news item on rijksoverheid.nl (in Dutch)',
    siteNews: 'News about this website',
    offices: ['VWS spokespeople on rijksoverheid.nl (in Dutch)', 'Ministry of Justice and Security on rijksoverheid.nl (in Dutch)'],
  },
] as const;

for (const room of rooms) {
  test.describe(`press room ${room.url}`, () => {
    test('lists every published release newest first, each with its date, summary and whose text it is', async ({ page }) => {
      await page.goto(room.url);
      const list = page.getByRole('region', { name: room.releases }).getByRole('listitem');
      const expected = publishedReleases(room.locale);
      expect(expected.length).toBeGreaterThanOrEqual(2);
      await expect(list).toHaveCount(expected.length);
      for (const [index, release] of expected.entries()) {
        const item = list.nth(index);
        await expect(item.getByRole('link', { name: release.title })).toHaveAttribute('href', release.url);
        await expect(item.locator('time')).toHaveAttribute('datetime', release.date);
        await expect(item).toContainText(release.summary);
        // The day in words; a time only when the release states one, never a made-up 10:00.
        await expect(item.locator('time')).toHaveText(/\b20\d{2}\b/);
        if (/^\d{4}-\d{2}-\d{2}$/.test(release.date)) await expect(item.locator('time')).not.toContainText(':');
        await expect(item).toContainText(release.kind === 'announcement' ? room.announcement : room.siteNews);
      }
    });

    test('each release page has its date, summary, body, background notes and the press offices of both ministries', async ({ page }) => {
      for (const release of publishedReleases(room.locale)) {
        await page.goto(release.url);
        await expect(page.getByRole('heading', { level: 1, name: release.title })).toBeVisible();
        // Its true date: the day alone, or a moment with its zone.
        await expect(page.locator('article time').first()).toHaveAttribute(
          'datetime',
          /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z))?$/,
        );
        await expect(page.locator('article time').first()).toHaveAttribute('datetime', release.date);
        await expect(page.getByText(release.summary, { exact: true })).toBeVisible();
        await expect(page.getByRole('heading', { level: 2, name: room.notes })).toBeVisible();
        const contact = page.getByRole('region', { name: room.contact });
        for (const office of room.offices)
          await expect(contact.getByRole('link', { name: office })).toHaveAttribute('href', /^https:\/\/www\.rijksoverheid\.nl\//);
        await expect(contact.getByRole('link')).toHaveCount(room.offices.length);
        await page.getByRole('link', { name: room.locale === 'nl' ? 'Alle persberichten' : 'All press releases' }).click();
        await expect(page).toHaveURL(new RegExp(`${room.url}$`));
      }
    });

    test('the press room names the press offices of VWS and JenV, each linking its page on rijksoverheid.nl', async ({ page }) => {
      await page.goto(room.url);
      const contact = page.getByRole('region', { name: room.roomContact });
      for (const office of room.offices)
        await expect(contact.getByRole('link', { name: office })).toHaveAttribute('href', /^https:\/\/www\.rijksoverheid\.nl\//);
    });

    test("the launch release says it is the government's announcement and links the original on rijksoverheid.nl", async ({ page }) => {
      const launch = publishedReleases(room.locale).find((release) => release.kind === 'announcement');
      expect(launch).toBeTruthy();
      await page.goto(launch!.url);
      const article = page.locator('article');
      await expect(article).toContainText(room.announcement);
      await expect(article).toContainText(room.notTheirs);
      const original = article.getByRole('link', { name: room.original });
      await expect(original).toHaveAttribute('href', /^https:\/\/www\.rijksoverheid\.nl\/actueel\/nieuws\/2025\/05\/22\//);
      await expect(original).toHaveAttribute('href', launch!.original!);
      await expect(article.locator('time').first()).toHaveAttribute('datetime', '2025-05-22');
    });

    test('news the site writes about itself is labelled as such, with the day it was made', async ({ page }) => {
      const news = publishedReleases(room.locale).filter((release) => release.kind === 'site-news');
      expect(news.length).toBeGreaterThanOrEqual(1);
      for (const release of news) {
        await page.goto(release.url);
        await expect(page.locator('article')).toContainText(room.siteNews);
        await expect(page.locator('article').getByRole('link', { name: room.original })).toHaveCount(0);
      }
    });

    test('the press kit offers the logo and campaign images as SVG and PNG in two sizes, and as one zip', async ({ page, request }) => {
      await page.goto(room.url);
      const kit = page.getByRole('region', { name: room.kit });
      const items = kit
        .getByRole('list')
        .first()
        .getByRole('listitem')
        .filter({ has: page.getByRole('heading', { level: 3 }) });
      await expect(items).toHaveCount(4);
      for (const item of await items.all()) {
        await expect(item.getByRole('img')).toHaveAttribute('alt', /.{20,}/);
        const links = item.getByRole('link');
        await expect(links).toHaveCount(3);
        const [svg, web, high] = await Promise.all([0, 1, 2].map((n) => links.nth(n).getAttribute('href')));
        const svgResponse = await request.get(svg!);
        expect(svgResponse.headers()['content-type']).toBe('image/svg+xml');
        const svgText = await svgResponse.text();
        expect(svgText).toMatch(/^<svg/);
        // Text is drawn as paths: the file needs no fonts on the journalist's machine.
        expect(svgText).not.toContain('<text');
        const webSize = pngSize(await (await request.get(web!)).body());
        const highSize = pngSize(await (await request.get(high!)).body());
        expect(webSize.width).toBe(1200);
        expect(highSize.width).toBe(4000);
      }
      await expect(kit).toContainText(room.locale === 'nl' ? 'Gebruiksvoorwaarden' : 'Terms of use');
      await expect(kit).toContainText(room.locale === 'nl' ? 'Rijkslogo is geen onderdeel' : 'government logo is not part');
      const zipHref = await kit.getByRole('link', { name: room.zip }).getAttribute('href');
      const zipResponse = await request.get(zipHref!);
      expect(zipResponse.headers()['content-type']).toBe('application/zip');
      const names = Object.keys(unzipSync(new Uint8Array(await zipResponse.body())));
      expect(names).toHaveLength(13);
      expect(names).toEqual(
        expect.arrayContaining([
          'onzichtbare-rekening-logo.svg',
          'onzichtbare-rekening-chain-4000.png',
          room.locale === 'nl' ? 'LEESMIJ.txt' : 'README.txt',
        ]),
      );
    });
  });
}

test('an embargoed or draft release is not in the production build', async ({ request }) => {
  const all = (await import('./site-data')).releases();
  const hidden = all.filter((release) => release.draft || (release.embargo && new Date(release.embargo) > new Date()));
  for (const release of hidden) expect((await request.get(release.url)).status(), release.url).toBe(404);
  for (const release of all.filter((item) => !hidden.includes(item)))
    expect((await request.get(release.url)).status(), release.url).toBe(200);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the press room is complete: releases, feed link, press kit and contact', async ({ page }) => {
    await page.goto('/nl/pers/');
    await expect(page.getByRole('region', { name: 'Persberichten' }).getByRole('listitem')).toHaveCount(publishedReleases('nl').length);
    await expect(page.getByRole('link', { name: 'Atom-feed van de persberichten' })).toHaveAttribute('href', '/nl/pers/feed.xml');
    await expect(page.getByRole('link', { name: 'Download de hele perskit (zip)' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Perscontact' })).toBeVisible();
  });
});
