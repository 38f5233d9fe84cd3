import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

// Lighthouse (about 21 MB with its dependencies) is only for `npm run bench`, so neither a new user
// nor CI installs it: the bench installs this pinned version into .bench/tools on first use.
export const LIGHTHOUSE_VERSION = '12.2.3';
const toolsDir = path.resolve('.bench/tools');

type LighthouseResult = {
  lhr: {
    categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] } | undefined>;
    audits: Record<string, { score: number | null; numericValue?: number; details?: unknown } | undefined>;
    runtimeError?: { code?: string; message: string };
  };
};
export type Lighthouse = (url: string, flags: Record<string, unknown>) => Promise<LighthouseResult | undefined>;
export type ChromeLauncher = { launch(options: { chromePath: string; chromeFlags: string[] }): Promise<{ port: number; kill(): void }> };

function ensureInstalled(): NodeRequire {
  const manifest = path.join(toolsDir, 'node_modules/lighthouse/package.json');
  const require = createRequire(path.join(toolsDir, 'index.js'));
  if (!existsSync(manifest) || require(manifest).version !== LIGHTHOUSE_VERSION) {
    console.log(`bench: installing Lighthouse ${LIGHTHOUSE_VERSION} into .bench/tools (once)`);
    execFileSync(
      'npm',
      ['install', '--prefix', toolsDir, '--no-save', '--no-audit', '--no-fund', '--no-package-lock', `lighthouse@${LIGHTHOUSE_VERSION}`],
      { stdio: 'inherit' },
    );
  }
  return require;
}

export async function loadLighthouse(): Promise<{ lighthouse: Lighthouse; chromeLauncher: ChromeLauncher }> {
  const require = ensureInstalled();
  const load = (name: string) => import(pathToFileURL(require.resolve(name)).href);
  const [lighthouse, chromeLauncher] = await Promise.all([load('lighthouse'), load('chrome-launcher')]);
  return { lighthouse: lighthouse.default, chromeLauncher };
}
