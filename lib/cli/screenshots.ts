// Screenshots of built pages, to look at what visitors see: phone and desktop, JavaScript on and off,
// light and dark. Without paths it takes one page of every type in both languages.
// Usage: npm run screenshots [-- /nl/ /en/health/] [-- --full]  (needs `npm start` running).
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { routing } from '@/i18n/routing';
import { allDocs, isPublished } from '@/lib/content';

const base = process.env.BASE_URL ?? 'http://127.0.0.1:3000';
const outDir = process.env.SHOTS_DIR ?? 'test-results/screenshots';
const pages = process.argv.slice(2).filter((arg) => arg.startsWith('/'));

// The page types a review looks at: the home page, a theme page, the story index and a story, the
// fact sheet, quiz, help, press room and a release, corrections, search, the site index, and the 404.
const typeKeys = ['home', 'health', 'stories', 'facts', 'quiz', 'help', 'press', 'corrections', 'search', 'sitemap'];
function pageTypes(): string[] {
  const published = allDocs.filter((doc) => isPublished(doc));
  const byKey = published.filter((doc) => doc.type === 'Page' && typeKeys.includes(doc.translationKey));
  const firstOf = (type: string) =>
    routing.locales.flatMap((locale) => published.find((doc) => doc.type === type && doc.locale === locale)?.url ?? []);
  return [
    ...byKey.map((doc) => doc.url),
    ...firstOf('Story'),
    ...firstOf('PressRelease'),
    ...routing.locales.map((locale) => `/${locale}/404/`),
  ];
}
const full = process.argv.includes('--full');
const sizes = [
  { name: 'phone', width: 375, height: 812 },
  { name: 'desktop', width: 1280, height: 800 },
];

mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
for (const url of pages.length ? pages : pageTypes()) {
  for (const size of sizes) {
    for (const js of [true, false]) {
      for (const scheme of ['light', 'dark'] as const) {
        if (!js && scheme === 'dark') continue;
        const context = await browser.newContext({ viewport: size, javaScriptEnabled: js, colorScheme: scheme, deviceScaleFactor: 1 });
        const page = await context.newPage();
        await page.goto(base + url, { waitUntil: 'networkidle' });
        const file = `${outDir}/${url.replace(/\//g, '_') || 'root'}-${size.name}-${js ? 'js' : 'nojs'}-${scheme}.png`;
        await page.screenshot({ path: file, fullPage: full });
        console.log(file);
        await context.close();
      }
    }
  }
}
await browser.close();
