import { expect, test, type APIRequestContext } from '@playwright/test';
import { unzipSync } from 'fflate';
import { fact } from './content-data';
import { factIds, pngSize } from './site-data';

// The partner kit on the built site (issue 16): every fact of the registry is listed with a preview
// and three downloads that work, and each language's zips hold every file and the read-me.
// Every fact has its cards, help lines included.

const kitFacts = factIds().map((id) => ({ id, ...fact(id) }));

const pages = [
  {
    locale: 'nl',
    url: '/nl/materiaal/',
    title: 'Materiaal voor partners',
    square: /^Vierkant, PNG, 1080 × 1080 pixels, \d+ kB$/,
    story: /^Staand \(verhaal\), PNG, 1080 × 1920 pixels, \d+ kB$/,
    poster: /^Poster A4, PDF, A4, \d+ kB$/,
    zips: [/^Alle vierkante kaarten \(zip, \d+ bestanden, [\d,]+ [kM]B\)$/, /^Alle staande kaarten/, /^Alle posters/],
    readme: 'LEESMIJ.txt',
    help: 'hulppagina',
  },
  {
    locale: 'en',
    url: '/en/materials/',
    title: 'Materials for partners',
    square: /^Square, PNG, 1080 × 1080 pixels, \d+ kB$/,
    story: /^Portrait \(story\), PNG, 1080 × 1920 pixels, \d+ kB$/,
    poster: /^A4 poster, PDF, A4, \d+ kB$/,
    zips: [/^All square cards \(zip, \d+ files, [\d.]+ [kM]B\)$/, /^All portrait cards/, /^All posters/],
    readme: 'README.txt',
    help: 'help page',
  },
] as const;

async function fetchOk(request: APIRequestContext, url: string, type: string): Promise<Buffer> {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  expect(response.headers()['content-type'], url).toBe(type);
  return response.body();
}

/** A PDF's page count and its first page's size, read from its (uncompressed) object dictionaries. */
function pdfPages(pdf: Buffer) {
  const text = pdf.toString('latin1');
  return {
    pdf: text.startsWith('%PDF-'),
    pages: (text.match(/\/Type \/Page\b/g) ?? []).length,
    box: /\/MediaBox \[([^\]]+)\]/.exec(text)?.[1],
  };
}

for (const kit of pages) {
  test.describe(`partner kit ${kit.url}`, () => {
    test.setTimeout(180_000);

    test('lists every fact of the registry with a small lazy preview, its alt text and three downloads', async ({ page }) => {
      await page.goto(kit.url);
      await expect(page.getByRole('heading', { level: 1, name: kit.title })).toBeVisible();
      await expect(page.getByRole('link', { name: kit.help })).toHaveAttribute(
        'href',
        `/${kit.locale}/${kit.locale === 'nl' ? 'hulp' : 'help'}/`,
      );
      expect(kitFacts.length).toBeGreaterThan(30);
      await expect(page.locator('main img[loading="lazy"][width="240"][height="240"]')).toHaveCount(kitFacts.length);
      for (const fact of kitFacts) {
        const preview = page.locator(`img[src$="/${fact.id}-${kit.locale === 'nl' ? 'voorbeeld' : 'preview'}.png"]`);
        await expect(preview).toHaveCount(1);
        const alt = (await preview.getAttribute('alt')) ?? '';
        if (fact.figure) expect(alt).toContain(fact.figure[kit.locale]);
        // A card with a chart says its change in words: every year of the series is in the alt text.
        for (const point of fact.series?.points ?? []) expect(alt, fact.id).toContain(String(point.year));
        expect(alt.length).toBeGreaterThan(60);
        const item = page.getByRole('listitem').filter({ has: preview });
        for (const format of ['square', 'story', 'poster'] as const)
          await expect(item.getByRole('link', { name: kit[format] })).toHaveCount(1);
      }
    });

    test('every download answers 200 with the right type: PNGs of the stated size, one-page A4 PDFs', async ({ page, request }) => {
      await page.goto(kit.url);
      const checks = kitFacts.map(async (fact) => {
        const item = page.getByRole('listitem').filter({ has: page.locator(`img[src*="/${fact.id}-"]`) });
        const href = async (name: RegExp) => (await item.getByRole('link', { name }).getAttribute('href'))!;
        const preview = (await item.locator('img').getAttribute('src'))!;
        expect(pngSize(await fetchOk(request, preview, 'image/png'))).toEqual({ width: 240, height: 240 });
        expect(pngSize(await fetchOk(request, await href(kit.square), 'image/png'))).toEqual({ width: 1080, height: 1080 });
        expect(pngSize(await fetchOk(request, await href(kit.story), 'image/png'))).toEqual({ width: 1080, height: 1920 });
        expect(pdfPages(await fetchOk(request, await href(kit.poster), 'application/pdf'))).toEqual({
          pdf: true,
          pages: 1,
          box: '0 0 595.28 841.89',
        });
      });
      await Promise.all(checks);
    });

    test('each zip holds every file of its kind, byte for byte, and the read-me with the terms of use', async ({ page, request }) => {
      await page.goto(kit.url);
      const links = page.locator('a[href$=".zip"]');
      await expect(links).toHaveCount(3);
      const formats = [kit.square, kit.story, kit.poster];
      for (const [index, name] of kit.zips.entries()) {
        const link = page.getByRole('link', { name });
        const zip = unzipSync(new Uint8Array(await fetchOk(request, (await link.getAttribute('href'))!, 'application/zip')));
        const files = await page
          .getByRole('link', { name: formats[index] })
          .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')!));
        expect(files).toHaveLength(kitFacts.length);
        expect(Object.keys(zip).sort()).toEqual([...files.map((file) => file.split('/').pop()!), kit.readme].sort());
        // The link says how many files there are.
        await expect(link).toContainText(String(files.length + 1));
        const sample = await fetchOk(request, files[0], index === 2 ? 'application/pdf' : 'image/png');
        expect(Buffer.from(zip[files[0].split('/').pop()!]).equals(sample)).toBe(true);
        const readme = new TextDecoder().decode(zip[kit.readme]);
        expect(readme).toContain(kit.locale === 'nl' ? 'Gebruiksvoorwaarden' : 'Terms of use');
        for (const file of files) expect(readme).toContain(file.split('/').pop()!);
      }
    });

    test('shows the terms of use and works without JavaScript', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(kit.url);
      await expect(
        page.getByRole('heading', { level: 2, name: kit.locale === 'nl' ? 'Gebruiksvoorwaarden' : 'Terms of use' }),
      ).toBeVisible();
      // The alt text to copy opens without JavaScript: it is a <details>.
      const first = page.locator('main details').first();
      await first.locator('summary').click();
      await expect(first.locator('p')).toBeVisible();
      await context.close();
    });
  });
}
