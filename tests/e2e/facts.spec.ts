import { expect, test } from '@playwright/test';
import { fact } from './content-data';
import { factIds, siteUrl } from './site-data';

const sheets = [
  {
    locale: 'nl',
    url: '/nl/feiten/',
    csv: '/nl/feiten/feiten.csv',
    json: '/nl/feiten/feiten.json',
    seriesCsv: '/nl/feiten/feiten-reeksen.csv',
    seriesLink: 'Cijfers per jaar als CSV',
    legend: 'Toon feiten over',
    topic: 'Milieu',
    all: 'Alle onderwerpen',
    link: 'Link naar dit feit',
    copy: 'Kopieer link',
    copied: 'Link gekopieerd',
  },
  {
    locale: 'en',
    url: '/en/facts/',
    csv: '/en/facts/facts.csv',
    json: '/en/facts/facts.json',
    seriesCsv: '/en/facts/facts-series.csv',
    seriesLink: 'Figures per year as CSV',
    legend: 'Show facts about',
    topic: 'Environment',
    all: 'All topics',
    link: 'Link to this fact',
    copy: 'Copy link',
    copied: 'Link copied',
  },
] as const;

const kindWords = {
  nl: {
    primary: 'Oorspronkelijke bron',
    news: 'Tweedehands bron (een nieuwsbericht)',
    secondary: 'Tweedehands bron (doorgegeven door een andere organisatie)',
  },
  en: {
    primary: 'Primary source',
    news: 'Secondary source (a news report)',
    secondary: 'Secondary source (passed on by another organisation)',
  },
};

for (const sheet of sheets) {
  test.describe(`fact sheet ${sheet.url}`, () => {
    test('lists every fact under its own id, with text, period, source link, check date and citation', async ({ page }) => {
      // Ten checks for each of 53 facts: more than the default 30 s on a busy machine.
      test.setTimeout(120_000);
      await page.goto(sheet.url);
      const ids = factIds();
      await expect(page.locator('[data-fact-entry]')).toHaveCount(ids.length);
      for (const id of ids) {
        const data = fact(id);
        const entry = page.locator(`li[id="${id}"]`);
        await expect(entry, id).toContainText(data.text[sheet.locale]);
        await expect(entry, id).toContainText(data.period[sheet.locale]);
        if (data.figure) await expect(entry, id).toContainText(data.figure[sheet.locale]);
        if (data.caveat) await expect(entry, id).toContainText(data.caveat[sheet.locale]);
        await expect(entry.getByRole('link', { name: data.source.title })).toHaveAttribute('href', data.source.url);
        await expect(entry.locator('time')).toHaveAttribute('datetime', String(data.lastChecked).slice(0, 10));
        await expect(entry.locator('.citation')).toContainText(`${siteUrl}${sheet.url}#${id}`);
        // The source's own words, in the source's language, and whether the source is second-hand.
        await expect(entry.locator(`blockquote[lang="${data.evidence.lang}"]`), id).toHaveText(data.evidence.text);
        await expect(entry, id).toContainText(kindWords[sheet.locale][data.sourceKind as 'primary' | 'news' | 'secondary']);
      }
    });

    test('a fact link lands on that fact', async ({ page }) => {
      await page.goto(`${sheet.url}#env-dumpings-2024`);
      await expect(page.locator('li[id="env-dumpings-2024"]')).toBeInViewport();
    });

    test('the topic filter shows one topic, says how many facts are shown, and can show all again', async ({ page }) => {
      await page.goto(sheet.url);
      const filter = page.getByRole('group', { name: sheet.legend });
      await expect(filter).toBeVisible();
      const environment = factIds().filter((id) => fact(id).topic === 'environment');
      await filter.getByRole('radio', { name: sheet.topic }).check();
      await expect(page.locator('[data-fact-entry]:visible')).toHaveCount(environment.length);
      await expect(page.locator('li[id="env-dumpings-2024"]')).toBeVisible();
      await expect(page.locator('li[id="soc-explosions-2024"]')).toBeHidden();
      await expect(filter.getByRole('status')).toContainText(String(environment.length));
      await filter.getByRole('radio', { name: sheet.all }).check();
      await expect(page.locator('[data-fact-entry]:visible')).toHaveCount(factIds().length);
    });

    test('the copy-link button copies the fact’s full address', async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.goto(sheet.url);
      const entry = page.locator('li[id="env-dumpings-2024"]');
      await entry.getByRole('button', { name: sheet.copy }).click();
      await expect(entry.getByRole('status')).toHaveText(sheet.copied);
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${siteUrl}${sheet.url}#env-dumpings-2024`);
    });

    test('CSV and JSON downloads hold every fact with its source', async ({ page, request }) => {
      await page.goto(sheet.url);
      await expect(page.getByRole('link', { name: sheet.locale === 'nl' ? 'Alle feiten als CSV' : 'All facts as CSV' })).toHaveAttribute(
        'href',
        sheet.csv,
      );
      const csvResponse = await request.get(sheet.csv);
      expect(csvResponse.headers()['content-type']).toContain('text/csv');
      const csv = (await csvResponse.text()).replace(/^\uFEFF/, '');
      const records = csv.trimEnd().split('\r\n');
      expect(records).toHaveLength(factIds().length + 1);
      expect(records[0]).toContain('"sourceUrl"');
      const json = await (await request.get(sheet.json)).json();
      expect(json.facts.map((item: { id: string }) => item.id).sort()).toEqual(factIds());
      for (const item of json.facts) {
        expect(item.sourceUrl, item.id).toMatch(/^https:\/\//);
        expect(item.url).toBe(`${siteUrl}${sheet.url}#${item.id}`);
        expect(item.evidence, item.id).toBe(fact(item.id).evidence.text);
        expect(item.sourceKind, item.id).toBe(fact(item.id).sourceKind);
        expect(item.series?.points.length ?? 0, item.id).toBe(fact(item.id).series?.points.length ?? 0);
      }
    });

    test('the figures per year download has a row for every year of every series', async ({ page, request }) => {
      await page.goto(sheet.url);
      await expect(page.getByRole('link', { name: sheet.seriesLink })).toHaveAttribute('href', sheet.seriesCsv);
      const response = await request.get(sheet.seriesCsv);
      expect(response.headers()['content-type']).toContain('text/csv');
      const records = (await response.text())
        .replace(/^\uFEFF/, '')
        .trimEnd()
        .split('\r\n');
      const years = factIds().flatMap((id) =>
        (fact(id).series?.points ?? []).map((point: { year: number }) => `"${id}","${fact(id).topic}","${point.year}"`),
      );
      expect(years.length).toBeGreaterThan(0);
      expect(records.slice(1).map((record) => record.split(',').slice(0, 3).join(','))).toEqual(years);
    });
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('every fact is shown, the filter is hidden and each fact has a plain anchor link', async ({ page }) => {
    await page.goto('/nl/feiten/');
    await expect(page.getByRole('group', { name: 'Toon feiten over' })).toBeHidden();
    await expect(page.locator('[data-fact-entry]:visible')).toHaveCount(factIds().length);
    const entry = page.locator('li[id="env-dumpings-2024"]');
    await expect(entry.getByRole('link', { name: 'Link naar dit feit' })).toHaveAttribute('href', '#env-dumpings-2024');
    await entry.getByRole('link', { name: 'Link naar dit feit' }).click();
    await expect(page).toHaveURL(/\/nl\/feiten\/#env-dumpings-2024$/);
  });
});

test('printed, the fact sheet shows the facts without controls or site chrome', async ({ page }) => {
  await page.goto('/nl/feiten/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeHidden();
  await expect(page.getByRole('group', { name: 'Toon feiten over' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Kopieer link' }).first()).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Deel deze pagina' })).toBeHidden();
  await expect(page.locator('li[id="env-dumpings-2024"]')).toBeVisible();
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(255, 255, 255)');
});

test('the fact sheet opens with a jump link to every topic, each with its number of facts', async ({ page }) => {
  for (const [url, label] of [
    ['/nl/feiten/', 'Spring naar een onderwerp'],
    ['/en/facts/', 'Jump to a topic'],
  ]) {
    await page.goto(url);
    const headings = page.locator('#alle-feiten').getByRole('heading', { level: 2 });
    const jumps = page.getByRole('navigation', { name: label }).getByRole('link');
    await expect(jumps).toHaveCount(await headings.count());
    for (let index = 0; index < (await headings.count()); index += 1) {
      const heading = headings.nth(index);
      const entries = await page.locator(`section[aria-labelledby="${await heading.getAttribute('id')}"] > ol > li`).count();
      await expect(jumps.nth(index)).toHaveText(new RegExp(`^${await heading.innerText()}\\s*${entries} (feit|feiten|fact|facts)$`, 'i'));
    }
    await jumps.last().click();
    await expect(headings.last()).toBeInViewport();
  }
});
