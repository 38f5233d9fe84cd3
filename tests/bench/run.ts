// `npm run bench`: builds the site, weighs every page type, runs Lighthouse, measures the framework
// floor and how the build scales with content. Writes bench/results/<date>.{md,json} and latest.*.
// Options: npm run bench -- --help
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { pageTypes } from '../page-types';
import { buildSite } from './build';
import { buildFloor } from './floor';
import { lighthouseMedian } from './lighthouse';
import { pageWeight } from './measure';
import { parseOptions } from './options';
import { markdown, type Report } from './report';
import { serve } from './server';
import { addStories, benchDir, copySite, removeCopy, repo } from './workspace';

const options = parseOptions(process.argv.slice(2));
const log = (message: string) => console.log(`bench: ${message}`);
const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repo, encoding: 'utf8' }).trim();
const report: Report = {
  date: new Date().toISOString().slice(0, 16).replace('T', ' '),
  commit,
  runs: options.lighthouse ? options.runs : 0,
  pages: [],
  scaling: [],
};

// 1. The site as it is, built with its canonical URLs on the bench server (as on a real host).
const origin = `http://127.0.0.1:${options.port}`;
log('building the site in .bench/site …');
const site = copySite('site');
const built = await buildSite(site, { SITE_URL: origin });
report.scaling.push({ stories: 0, ...built });
log(`built ${built.pages} pages in ${built.seconds} s`);

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
try {
  // 2. Every page type: weight and requests, then Lighthouse.
  const server = await serve(path.join(site, 'out'), options.port);
  try {
    for (const { type, nl } of pageTypes) {
      const weight = await pageWeight(browser, `${server.origin}${nl}`);
      const row: Report['pages'][number] = { type, url: nl, weight };
      if (options.lighthouse) {
        // Lighthouse stops at a 404 status: it tests the same page at its own address, /nl/404/.
        const url = type === '404' ? '/nl/404/' : nl;
        log(`Lighthouse × ${options.runs}: ${type} ${url}`);
        row.lighthouse = await lighthouseMedian(`${server.origin}${url}`, options.runs);
      }
      report.pages.push(row);
      log(`${type}: ${(weight.js / 1000).toFixed(1)} kB JS, ${weight.requests} requests`);
    }
  } finally {
    await server.stop();
  }

  // 3. The framework floor.
  if (options.floor) {
    log('building the framework floor (a bare Next.js page) …');
    const floor = await buildFloor();
    const server = await serve(floor.outDir, options.port + 1);
    try {
      report.floor = await pageWeight(browser, `${server.origin}/`);
      // Lighthouse on the floor too: on a busy machine it shows what the framework alone scores.
      if (options.lighthouse) report.floorLighthouse = await lighthouseMedian(`${server.origin}/`, options.runs);
    } finally {
      await server.stop();
    }
    log(`floor: ${(report.floor.js / 1000).toFixed(1)} kB JS`);
  }
} finally {
  await browser.close();
}

// 4. Build scaling with generated story pages, in throwaway copies.
if (options.scaling) {
  for (const size of options.sizes) {
    log(`building with ${size} generated story pages …`);
    const copy = copySite(`scale-${size}`);
    addStories(copy, size);
    const result = await buildSite(copy);
    report.scaling.push({ stories: size, ...result });
    log(`${size} stories: ${result.pages} pages in ${result.seconds} s, peak ${result.peakTreeMb} MB`);
    if (!options.keep) removeCopy(copy);
  }
}
if (!options.keep) rmSync(benchDir, { recursive: true, force: true });

// 5. The report.
const resultsDir = path.join(repo, 'bench/results');
mkdirSync(resultsDir, { recursive: true });
const stamp = report.date.replace(/[: ]/g, '-');
const text = markdown(report);
for (const name of [stamp, 'latest']) {
  writeFileSync(path.join(resultsDir, `${name}.md`), text);
  writeFileSync(path.join(resultsDir, `${name}.json`), `${JSON.stringify(report, null, 2)}\n`);
}
console.log(`\n${text}`);
log(`written to bench/results/${stamp}.md and .json (and latest.*)`);
