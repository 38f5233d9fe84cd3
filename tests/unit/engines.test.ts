// @vitest-environment node
import { readFileSync } from 'node:fs';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

// package.json declares the Node versions the project runs on; CI and new users run Node 20. Every
// locked package must run on the lowest version of each line the project declares, or `npm ci`
// warns and the package may break there (as @axe-core/playwright 4.14 would, needing Node 22.12).
type Entry = { engines?: { node?: string } | string[]; os?: string[]; cpu?: string[] };
type Lock = { packages: Record<string, Entry> };
const declared = (JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string } }).engines.node;
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as Lock;
const lowest = declared.split('||').map((range) => semver.minVersion(range.trim())?.version ?? range);

// Platform builds (sharp for Windows, say) are in the lock but only installed on their own platform.
const installsHere = (entry: Entry) =>
  (!entry.os || entry.os.includes(process.platform)) && (!entry.cpu || entry.cpu.includes(process.arch));

describe('the declared Node engine', () => {
  it('starts each line at a version that exists', () => {
    expect(lowest).toEqual(['20.19.0', '22.16.0', '24.0.0']);
  });

  it('is supported by every locked package', () => {
    const unsupported = Object.entries(lock.packages)
      .filter(([name, entry]) => name && !Array.isArray(entry.engines) && entry.engines?.node && installsHere(entry))
      .flatMap(([name, entry]) => {
        const range = (entry.engines as { node: string }).node;
        return lowest
          .filter((version) => !semver.satisfies(version, range))
          .map((version) => `${name.replace(/^.*node_modules\//, '')} needs Node ${range}, not ${version}`);
      });
    expect(unsupported).toEqual([]);
  });
});
