import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const js of [true, false]) for (const u of ['/nl/', '/en/']) {
  const p = await b.newPage({ viewport: { width: 375, height: 812 }, javaScriptEnabled: js });
  await p.goto('http://127.0.0.1:4300' + u);
  const r = await p.evaluate(() => ({ screens: +(document.documentElement.scrollHeight / 812).toFixed(1), words: (document.body.innerText.match(/[\p{L}\p{N}]+/gu) ?? []).length, receiptTop: Math.round(document.querySelector('.receipt').getBoundingClientRect().top) }));
  console.log(u, 'js', js, JSON.stringify(r));
  if (js && u === '/nl/') await p.screenshot({ path: '/tmp/home-full.png', fullPage: true });
}
await b.close();
