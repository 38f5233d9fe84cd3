import type { BuildResult } from './build';
import type { Scores } from './lighthouse';
import type { Weight } from './measure';

export type PageRow = { type: string; url: string; weight: Weight; lighthouse?: Scores & { issues: string[] } };
export type ScaleRow = BuildResult & { stories: number };
export type Report = {
  date: string;
  commit: string;
  runs: number;
  floor?: Weight;
  floorLighthouse?: Scores & { issues: string[] };
  pages: PageRow[];
  scaling: ScaleRow[];
};

// The issue's targets for every page type (issue 6). 1 kB = 1000 bytes, gzipped.
export const targets = {
  performance: 98,
  accessibility: 100,
  lcpMs: 1800,
  tbtMs: 100,
  cls: 0.01,
  jsOverFloor: 15_000,
  homeHtmlCss: 30_000,
};

const kB = (bytes: number) => (bytes / 1000).toFixed(1);
const mark = (ok: boolean | undefined) => (ok === undefined ? '–' : ok ? '✓' : '✗');

export function verdicts(report: Report, row: PageRow) {
  const lh = row.lighthouse;
  return {
    performance: lh && lh.performance >= targets.performance,
    accessibility: lh && lh.accessibility >= targets.accessibility,
    lcp: lh && lh.lcpMs <= targets.lcpMs,
    tbt: lh && lh.tbtMs <= targets.tbtMs,
    cls: lh && lh.cls <= targets.cls,
    js: report.floor ? row.weight.js <= report.floor.js + targets.jsOverFloor : undefined,
    htmlCss: row.type === 'home' ? row.weight.html + row.weight.css <= targets.homeHtmlCss : undefined,
  };
}

export function markdown(report: Report): string {
  const lines = [`# npm run bench, ${report.date} (${report.commit})`, ''];
  lines.push(
    'Page weight of a first visit in Chromium (every response gzipped, 1 kB = 1000 bytes), and Lighthouse 12.2.3 mobile',
    `(simulated slow 4G, 4x CPU slowdown), median of ${report.runs} run(s) per page type.`,
    '',
  );
  lines.push(
    '| page type | URL | HTML kB | CSS kB | JS kB | fonts kB | requests | perf | a11y | best pr. | SEO | LCP s | TBT ms | CLS |',
    '|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
  );
  for (const row of report.pages) {
    const { weight: w, lighthouse: lh } = row;
    const scores = lh
      ? [lh.performance, lh.accessibility, lh.bestPractices, lh.seo, (lh.lcpMs / 1000).toFixed(2), lh.tbtMs, lh.cls]
      : ['–', '–', '–', '–', '–', '–', '–'];
    lines.push(
      `| ${row.type} | ${row.url} | ${kB(w.html)} | ${kB(w.css)} | ${kB(w.js)} | ${kB(w.fonts)} | ${w.requests} | ${scores.join(' | ')} |`,
    );
  }
  if (report.floor) {
    const lh = report.floorLighthouse;
    const scores = lh
      ? [lh.performance, lh.accessibility, lh.bestPractices, lh.seo, (lh.lcpMs / 1000).toFixed(2), lh.tbtMs, lh.cls]
      : ['', '', '', '', '', '', ''];
    lines.push(
      `| framework floor | bare Next.js page | ${kB(report.floor.html)} | ${kB(report.floor.css)} | ${kB(report.floor.js)} | ${kB(report.floor.fonts)} | ${report.floor.requests} | ${scores.join(' | ')} |`,
    );
  }
  lines.push('', '## Against the targets', '');
  lines.push(
    `| page type | perf ≥ ${targets.performance} | a11y ${targets.accessibility} | LCP ≤ ${targets.lcpMs / 1000} s | TBT ≤ ${targets.tbtMs} ms | CLS ≤ ${targets.cls} | JS ≤ floor + ${targets.jsOverFloor / 1000} kB | HTML + CSS ≤ ${targets.homeHtmlCss / 1000} kB |`,
    '|---|:-:|:-:|:-:|:-:|:-:|:-:|:-:|',
  );
  for (const row of report.pages) {
    const v = verdicts(report, row);
    const jsNote = report.floor ? ` (${row.weight.js >= report.floor.js ? '+' : ''}${kB(row.weight.js - report.floor.js)})` : '';
    const htmlCss = row.type === 'home' ? ` (${kB(row.weight.html + row.weight.css)})` : '';
    lines.push(
      `| ${row.type} | ${mark(v.performance)} | ${mark(v.accessibility)} | ${mark(v.lcp)} | ${mark(v.tbt)} | ${mark(v.cls)} | ${mark(v.js)}${jsNote} | ${row.type === 'home' ? mark(v.htmlCss) + htmlCss : ''} |`,
    );
  }
  const issues = [...new Set(report.pages.flatMap((row) => (row.lighthouse?.issues ?? []).map((issue) => `${issue} (${row.type})`)))];
  if (issues.length) lines.push('', 'Lighthouse audits that cost points:', '', ...issues.map((issue) => `- ${issue}`));
  if (report.scaling.length) {
    lines.push(
      '',
      '## Build scaling',
      '',
      '`npm run build` (content check, contentlayer, next build, post-build steps) in a copy of the site, 2 cores.',
      '',
    );
    lines.push(
      '| story pages added | HTML pages built | build time s | peak memory, all processes MB | largest process MB | slowest steps s |',
      '|--:|--:|--:|--:|--:|---|',
    );
    for (const row of report.scaling) {
      const slowest = Object.entries(row.steps ?? {})
        .sort((a, b) => b[1] - a[1])
        .slice(0, 3)
        .map(([name, seconds]) => `${name} ${seconds.toFixed(1)}`)
        .join(', ');
      lines.push(`| ${row.stories} | ${row.pages} | ${row.seconds} | ${row.peakTreeMb} | ${row.maxProcessMb ?? '–'} | ${slowest} |`);
    }
  }
  return `${lines.join('\n')}\n`;
}
