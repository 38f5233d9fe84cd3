// @vitest-environment node
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cspStep } from '@/lib/build/csp';
import { hostingStep } from '@/lib/build/hosting';
import { runSteps } from '@/lib/build/run';

let dir: string;
let out: string;
const quiet = { log: () => undefined, error: () => undefined };

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'postbuild-'));
  out = path.join(dir, 'out');
  for (const folder of ['nl/404', 'en/404']) {
    mkdirSync(path.join(out, folder), { recursive: true });
    writeFileSync(path.join(out, folder, 'index.html'), '<!DOCTYPE html><html><head><meta charSet="utf-8"/></head><body>404</body></html>');
  }
  writeFileSync(path.join(out, 'index.html'), '<!DOCTYPE html><html><head><meta charSet="utf-8"/></head><body></body></html>');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the post-build steps (lib/build/run.ts)', () => {
  it('leave out/ in place with every step applied when all succeed', async () => {
    expect(await runSteps(out, [hostingStep, cspStep], quiet)).toBe(true);
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toContain('http-equiv="Content-Security-Policy"');
    expect(existsSync(path.join(out, '_headers'))).toBe(true);
    expect(existsSync(`${out}.staging`)).toBe(false);
  });

  it('leave no out/ (and no staging folder) when a step fails, so nothing half-built gets deployed', async () => {
    // A page without the charset tag the policy goes after: the CSP step fails on it.
    writeFileSync(path.join(out, 'nl', 'index.html'), '<!DOCTYPE html><html><head></head><body></body></html>');
    const errors: string[] = [];
    expect(await runSteps(out, [hostingStep, cspStep], { log: () => undefined, error: (line) => errors.push(line) })).toBe(false);
    expect(existsSync(out)).toBe(false);
    expect(existsSync(`${out}.staging`)).toBe(false);
    expect(errors.join('\n')).toMatch(/content security policy failed: nl\/index\.html has no <meta charset> to put the policy after/);
  });
});
