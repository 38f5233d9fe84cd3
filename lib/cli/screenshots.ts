// Screenshots of built pages, to look at what visitors see: phone and desktop, JavaScript on and off,
// light and dark. Usage: npm run screenshots -- /nl/ /en/health/  (needs `npm start` running).
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const base = process.env.BASE_URL ?? 'http://127.0.0.1:3000';
const outDir = process.env.SHOTS_DIR ?? 'test-results/screenshots';
const pages = process.argv.slice(2).filter((arg) => arg.startsWith('/'));
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
for (const url of pages.length ? pages : ['/nl/', '/en/']) {
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
