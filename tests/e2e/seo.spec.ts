import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { parseFeed } from '@rowanmanning/feed-parser';
import ogs from 'open-graph-scraper';
import { validateXML } from 'xmllint-wasm';
import { builtHtml, contentPages } from './built-pages';
import { localPath, pngSize, publishedReleases, siteUrl } from './site-data';

const fixture = (name: string) => ({ fileName: name, contents: readFileSync(path.resolve('tests/fixtures/sitemap', name), 'utf8') });

test('sitemap.xml is valid against the sitemap schema, with hreflang alternates for every page', async ({ request }) => {
  const response = await request.get('/sitemap.xml');
  expect(response.status()).toBe(200);
  const xml = await response.text();
  const result = await validateXML({
    xml: [{ fileName: 'sitemap.xml', contents: xml }],
    schema: [fixture('sitemap-with-alternates.xsd')],
    preload: [fixture('sitemap.xsd'), fixture('sitemap-xhtml.xsd')],
  });
  expect(result.errors.map((error) => error.rawMessage)).toEqual([]);
  expect(result.valid).toBe(true);

  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => localPath(match[1]));
  expect(locs.sort()).toEqual(contentPages().sort());
  for (const block of xml.split('<url>').slice(1)) {
    const loc = /<loc>([^<]+)<\/loc>/.exec(block)![1];
    const langs = [...block.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map((match) => match[1]);
    expect(langs, loc).toEqual(expect.arrayContaining(['nl', 'en', 'x-default']));
    // Every alternate is itself a page of the site.
    for (const [, , href] of block.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g))
      expect((await request.get(localPath(href))).status(), href).toBe(200);
  }
});

test('robots.txt lets crawlers in and names the sitemap', async ({ request }) => {
  const text = await (await request.get('/robots.txt')).text();
  expect(text).toMatch(/^User-agent: \*$/m);
  expect(text).not.toMatch(/^Disallow: \/$/m);
  expect(text).toContain(`Sitemap: ${siteUrl}/sitemap.xml`);
});

for (const [locale, feed] of [
  ['nl', '/nl/pers/feed.xml'],
  ['en', '/en/press/feed.xml'],
] as const) {
  test(`the ${locale} Atom feed is read by a feed parser: every release, newest first`, async ({ request }) => {
    const response = await request.get(feed);
    expect(response.status()).toBe(200);
    const parsed = parseFeed(await response.text());
    expect(parsed.meta.type).toBe('atom');
    expect(parsed.title).toBeTruthy();
    expect(parsed.self).toBe(`${siteUrl}${feed}`);
    const expected = publishedReleases(locale);
    expect(parsed.items.map((item) => item.title)).toEqual(expected.map((release) => release.title));
    expect(parsed.items.map((item) => item.published?.toISOString())).toEqual(
      expected.map((release) => new Date(release.date).toISOString()),
    );
    for (const item of parsed.items) {
      expect(item.description, item.url!).toBeTruthy();
      expect((await request.get(localPath(item.url!))).status(), item.url!).toBe(200);
    }
    // Every page of the language points feed readers to it.
    for (const url of contentPages().filter((page) => page.startsWith(`/${locale}/`))) {
      expect(builtHtml(url), url).toContain(
        `<link rel="alternate" type="application/atom+xml" href="${siteUrl}${feed}" title="${parsed.title}"/>`,
      );
    }
  });
}

test('every page has a link preview of its own: Open Graph and Twitter tags read by an Open Graph parser', async ({ request }) => {
  test.setTimeout(120_000);
  const titles = new Map<string, string>();
  const descriptions = new Map<string, string>();
  const images = new Set<string>();
  for (const url of contentPages()) {
    const { result, error } = await ogs({ html: builtHtml(url) });
    expect(error, url).toBe(false);
    expect(result.ogUrl, url).toBe(`${siteUrl}${url}`);
    expect(result.ogTitle, url).toBeTruthy();
    expect(result.ogDescription, url).toBeTruthy();
    expect(result.ogSiteName).toBe(url.startsWith('/nl/') ? 'De onzichtbare rekening' : 'The invisible bill');
    expect(result.ogLocale).toBe(url.startsWith('/nl/') ? 'nl_NL' : 'en_GB');
    expect(result.twitterCard, url).toBe('summary_large_image');
    expect(result.twitterTitle, url).toBe(result.ogTitle);
    expect(titles.get(result.ogTitle!), `${url} shares its title with ${titles.get(result.ogTitle!)}`).toBeUndefined();
    expect(
      descriptions.get(result.ogDescription!),
      `${url} shares its description with ${descriptions.get(result.ogDescription!)}`,
    ).toBeUndefined();
    titles.set(result.ogTitle!, url);
    descriptions.set(result.ogDescription!, url);

    // Its own share image, a real 1200×630 PNG sent as image/png.
    const image = result.ogImage?.[0];
    expect(image?.url, url).toBe(`${siteUrl}${url}share.png`);
    expect(image?.width).toBe('1200');
    expect(result.twitterImage?.[0]?.url).toBe(image?.url);
    const response = await request.get(localPath(image!.url));
    expect(response.headers()['content-type'], image!.url).toBe('image/png');
    expect(pngSize(await response.body())).toEqual({ width: 1200, height: 630 });
    images.add(image!.url);
  }
  expect(images.size).toBe(contentPages().length);
});

test('every page has a canonical URL and hreflang alternates for nl, en and x-default', async ({ page, request }) => {
  test.setTimeout(120_000);
  for (const url of contentPages()) {
    await page.goto(url);
    await expect(page.locator('link[rel="canonical"]'), url).toHaveAttribute('href', `${siteUrl}${url}`);
    for (const lang of ['nl', 'en', 'x-default']) {
      const href = await page.locator(`link[rel="alternate"][hreflang="${lang}"]`).getAttribute('href');
      expect(href, `${url} hreflang ${lang}`).toBeTruthy();
      expect((await request.get(localPath(href!))).status(), `${url} -> ${href}`).toBe(200);
    }
    await expect(page.locator(`link[rel="alternate"][hreflang="${url.split('/')[1]}"]`)).toHaveAttribute('href', `${siteUrl}${url}`);
  }
});

type Thing = { '@type': string; [key: string]: unknown };
const graphOf = (html: string): Thing[] =>
  [...html.matchAll(/<script type="application\/ld\+json">([^<]+)<\/script>/g)].flatMap(
    (match) => (JSON.parse(match[1]) as { '@graph': Thing[] })['@graph'],
  );

test('structured data: Organization and WebSite on every page, NewsArticle on every press release', () => {
  const releaseUrls = new Set(['nl', 'en'].flatMap((locale) => publishedReleases(locale).map((release) => release.url)));
  for (const url of contentPages()) {
    const graph = graphOf(builtHtml(url));
    const types = graph.map((thing) => thing['@type']);
    expect(types, url).toEqual(expect.arrayContaining(['Organization', 'WebSite']));
    const article = graph.find((thing) => thing['@type'] === 'NewsArticle');
    if (releaseUrls.has(url)) {
      const release = publishedReleases(url.split('/')[1]).find((item) => item.url === url)!;
      expect(article, url).toMatchObject({
        headline: release.title,
        datePublished: release.date,
        mainEntityOfPage: `${siteUrl}${url}`,
        image: [`${siteUrl}${url}share.png`],
      });
    } else {
      expect(article, url).toBeUndefined();
    }
  }
  expect(releaseUrls.size).toBeGreaterThanOrEqual(4);
});
