import { loadLighthouse } from './tools';

export type Scores = {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
};

const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const flags = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/**
 * Lighthouse's default run: a mobile phone (Moto G Power) on simulated slow 4G with a 4x slower CPU.
 * Each value is the median of `runs` runs, taken one value at a time.
 */
export async function lighthouseMedian(url: string, runs: number): Promise<Scores & { runs: Scores[]; issues: string[] }> {
  const { lighthouse, chromeLauncher } = await loadLighthouse();
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: flags });
  const results: Scores[] = [];
  // Audits that cost points outside performance, so the report can say what to fix.
  const issues = new Set<string>();
  try {
    for (let run = 0, retries = 0; run < runs; run++) {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { categories, audits, runtimeError } = result.lhr;
      // A trace that failed to record (NO_NAVSTART on a busy machine) says "run Lighthouse again": a
      // run like that measured nothing, so it is repeated, twice at most, and never counted.
      if (runtimeError && retries < 2) {
        console.log(`bench: Lighthouse failed on ${url} (${runtimeError.code ?? runtimeError.message}); running it again`);
        retries++;
        run--;
        continue;
      }
      if (runtimeError) throw new Error(`Lighthouse could not test ${url}: ${runtimeError.message}`);
      const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
      for (const id of ['accessibility', 'best-practices', 'seo']) {
        for (const ref of categories[id]?.auditRefs ?? []) {
          const audit = audits[ref.id];
          if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
            const item = (audit.details as { items?: { description?: string; url?: string; node?: { snippet?: string } }[] } | undefined)
              ?.items?.[0];
            const detail = item?.description ?? item?.node?.snippet ?? item?.url;
            issues.add(`${id}: ${ref.id}${detail ? ` (${String(detail).slice(0, 120)})` : ''}`);
          }
        }
      }
      results.push({
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        lcpMs: Math.round(audits['largest-contentful-paint']?.numericValue ?? NaN),
        tbtMs: Math.round(audits['total-blocking-time']?.numericValue ?? NaN),
        cls: Math.round((audits['cumulative-layout-shift']?.numericValue ?? NaN) * 1000) / 1000,
      });
    }
  } finally {
    chrome.kill();
  }
  const pick = (key: keyof Scores) => median(results.map((result) => result[key]));
  return {
    performance: pick('performance'),
    accessibility: pick('accessibility'),
    bestPractices: pick('bestPractices'),
    seo: pick('seo'),
    lcpMs: pick('lcpMs'),
    tbtMs: pick('tbtMs'),
    cls: pick('cls'),
    runs: results,
    issues: [...issues],
  };
}
