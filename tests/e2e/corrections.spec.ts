import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { parseFeed } from '@rowanmanning/feed-parser';
import YAML from 'yaml';
import { builtHtml, contentPages } from './built-pages';
import { siteUrl } from './site-data';

type Entry = { id: string; date: string; title: Record<string, string>; concerns: { facts?: string[]; pages?: string[] } };

// The corrections log is read from content/corrections, as the site builds it.
const dir = path.resolve('content/corrections');
const entries: Entry[] = readdirSync(dir)
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => ({ id: name.replace(/\.yaml$/, ''), ...(YAML.parse(readFileSync(path.join(dir, name), 'utf8')) as Omit<Entry, 'id'>) }))
  .sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));

const logs = [
  {
    locale: 'nl',
    url: '/nl/correcties/',
    twin: '/en/corrections/',
    title: 'Correcties',
    list: 'Alle correcties',
    corrected: 'Gecorrigeerd op',
    feed: '/nl/correcties/feed.xml',
    feedLink: 'Atom-feed van de correcties',
    footer: 'Correcties',
    factSheet: '/nl/feiten/',
    quiz: '/nl/quiz/',
    month: 'december',
  },
  {
    locale: 'en',
    url: '/en/corrections/',
    twin: '/nl/correcties/',
    title: 'Corrections',
    list: 'All corrections',
    corrected: 'Corrected on',
    feed: '/en/corrections/feed.xml',
    feedLink: 'Atom feed of the corrections',
    footer: 'Corrections',
    factSheet: '/en/facts/',
    quiz: '/en/quiz/',
    month: 'December',
  },
] as const;

test('the log starts with the corrections of issue 11', () => {
  expect(entries.length).toBeGreaterThanOrEqual(10);
  for (const entry of entries) expect(entry.id.startsWith(entry.date)).toBe(true);
});

for (const log of logs) {
  test.describe(`corrections log ${log.url}`, () => {
    test('lists every entry newest first, each with its date and a stable anchor', async ({ page }) => {
      await page.goto(log.url);
      await expect(page.getByRole('heading', { level: 1, name: log.title })).toBeVisible();
      const items = page
        .getByRole('region', { name: log.list })
        .getByRole('listitem')
        .filter({ has: page.getByRole('heading', { level: 3 }) });
      await expect(items).toHaveCount(entries.length);
      for (const [index, entry] of entries.entries()) {
        const item = items.nth(index);
        await expect(item).toHaveAttribute('id', entry.id);
        await expect(item.getByRole('heading', { level: 3 })).toHaveText(entry.title[log.locale]);
        await expect(item.locator('time').first()).toHaveAttribute('datetime', entry.date);
        await expect(item).toContainText(log.corrected);
      }
    });

    test('has its twin in the other language, a feed link, and a link in the footer of every page', async ({ page }) => {
      await page.goto(log.url);
      await expect(page.locator(`link[rel="alternate"][hreflang="${log.locale === 'nl' ? 'en' : 'nl'}"]`)).toHaveAttribute(
        'href',
        `${siteUrl}${log.twin}`,
      );
      await expect(page.getByRole('link', { name: log.locale === 'nl' ? 'English' : 'Nederlands', exact: true })).toHaveAttribute(
        'href',
        log.twin,
      );
      await expect(page.getByRole('link', { name: log.feedLink })).toHaveAttribute('href', log.feed);
      await page.goto(`/${log.locale}/`);
      await expect(page.getByRole('contentinfo').getByRole('link', { name: log.footer, exact: true })).toHaveAttribute('href', log.url);
    });

    test('a corrected page and a corrected fact say so, linking to the entry', async ({ page }) => {
      const quiz = entries.find((entry) => entry.concerns.pages?.includes('quiz'))!;
      await page.goto(log.quiz);
      const note = page.getByRole('link', { name: `${log.corrected} 2 ${log.month} 2026: ${quiz.title[log.locale]}` });
      await expect(note).toHaveAttribute('href', `${log.url}#${quiz.id}`);
      await note.click();
      await expect(page).toHaveURL(new RegExp(`${log.url}#${quiz.id}$`));
      await expect(page.locator(`[id="${quiz.id}"]`)).toBeInViewport();

      const explosions = entries.find((entry) => entry.concerns.facts?.includes('soc-explosions-2024'))!;
      await page.goto(log.factSheet);
      const fact = page.locator('[id="soc-explosions-2024"]');
      await expect(fact.getByRole('link', { name: new RegExp(`^${log.corrected} `) })).toHaveAttribute(
        'href',
        `${log.url}#${explosions.id}`,
      );
      // A fact that did not change carries no note.
      await expect(page.locator('[id="env-dumpings-2024"] [data-corrected]')).toHaveCount(0);
    });

    test('its Atom feed is read by a feed parser: every entry, newest first, linking its anchor', async ({ request }) => {
      const response = await request.get(log.feed);
      expect(response.status()).toBe(200);
      const feed = parseFeed(await response.text());
      expect(feed.meta.type).toBe('atom');
      expect(feed.self).toBe(`${siteUrl}${log.feed}`);
      expect(feed.items.map((item) => item.title)).toEqual(entries.map((entry) => entry.title[log.locale]));
      expect(feed.items.map((item) => item.url)).toEqual(entries.map((entry) => `${siteUrl}${log.url}#${entry.id}`));
    });

    test('reflows at 320 px and has no axe violations', async ({ page }) => {
      // axe on a long page takes a while on a busy machine.
      test.setTimeout(90_000);
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(log.url);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
        .analyze();
      expect(results.violations.map((v) => v.id)).toEqual([]);
    });
  });
}

test('the sitemap lists both corrections pages', async ({ request }) => {
  const xml = await (await request.get('/sitemap.xml')).text();
  for (const log of logs) expect(xml).toContain(`<loc>${siteUrl}${log.url}</loc>`);
});

test('no page shows placeholder wording', () => {
  const pages = contentPages();
  expect(pages.length).toBeGreaterThan(20);
  for (const url of pages) {
    // The words a reader sees: the HTML without its tags and attributes (a search box may have a placeholder attribute).
    const text = builtHtml(url)
      .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, ' ')
      .replace(/<[^>]+>/g, ' ');
    expect(text, url).not.toMatch(/placeholder|nog geen perscontact|not yet named|lorem ipsum/i);
  }
});
