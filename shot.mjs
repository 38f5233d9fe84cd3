import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const [,, w, h, ...urls] = process.argv;
for (const u of urls) {
  const p = await b.newPage({ viewport: { width: +w, height: +h } });
  await p.goto('http://127.0.0.1:4173' + u);
  await p.screenshot({ path: `/tmp/shot-${w}-${u.replace(/\//g, '_')}.png` });
  await p.close();
}
const p = await b.newPage({ viewport: { width: 320, height: 400 } });
await p.setContent('<html lang="nl"><body><div style="width:120px;hyphens:auto;font-size:20px" id=d>drugscriminaliteit Privacyverklaring</div></body></html>');
console.log('nl hyphenation height', await p.evaluate(() => document.getElementById('d').getBoundingClientRect().height), await p.evaluate(() => document.getElementById('d').scrollWidth));
await b.close();
