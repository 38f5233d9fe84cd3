// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';

// netlify.toml builds the deploy previews: it must build the way CI builds (.github/workflows/content.yml)
// and publish what that build writes, and leave headers and redirects to out/_headers and out/_redirects.
// No TOML parser is a dependency, so this reads the small part of TOML the file uses, and fails on the rest.
type Table = Record<string, string | number | boolean>;

function parseToml(text: string): Record<string, Table> {
  const tables: Record<string, Table> = { '': {} };
  let current = '';
  for (const [index, raw] of text.split('\n').entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const header = /^\[([\w.-]+)\]$/.exec(line);
    const pair = /^([\w-]+)\s*=\s*(?:"([^"\\]*)"|(\d+)|(true|false))\s*(?:#.*)?$/.exec(line);
    if (header) {
      current = header[1];
      tables[current] ??= {};
    } else if (pair) {
      const [, key, string, number, bool] = pair;
      tables[current][key] = string ?? (number !== undefined ? Number(number) : bool === 'true');
    } else {
      throw new Error(`netlify.toml:${index + 1}: this test reads only [table] and key = "string" lines: ${line}`);
    }
  }
  return tables;
}

const netlify = parseToml(readFileSync('netlify.toml', 'utf8'));
type Step = { uses?: string; run?: string; with?: Record<string, unknown> };
const workflow = YAML.parse(readFileSync('.github/workflows/content.yml', 'utf8')) as { jobs: Record<string, { steps: Step[] }> };
const ciSteps = workflow.jobs['check-and-preview'].steps;

describe('netlify.toml', () => {
  it('reads TOML tables and strings, and refuses what it cannot read', () => {
    expect(parseToml('[a.b]\n  k = "v" # note\n  n = 2\n')).toEqual({ '': {}, 'a.b': { k: 'v', n: 2 } });
    expect(() => parseToml('[[redirects]]\n')).toThrow(/netlify.toml:1/);
  });

  it('builds with the command CI builds with', () => {
    expect(netlify.build.command).toBe('npm run build');
    expect(ciSteps.some((step) => step.run === netlify.build.command)).toBe(true);
  });

  it('publishes out/, the folder CI keeps as the preview', () => {
    expect(netlify.build.publish).toBe('out');
    const preview = ciSteps.find((step) => step.uses?.startsWith('actions/upload-artifact@') && step.with?.path === 'out/');
    expect(preview).toBeDefined();
  });

  it('builds on the Node.js line CI uses, and serves out/ as plain files', () => {
    const setupNode = ciSteps.find((step) => step.uses?.startsWith('actions/setup-node@'));
    expect(netlify['build.environment'].NODE_VERSION).toBe(String(setupNode?.with?.['node-version']));
    expect(netlify['build.environment'].NETLIFY_NEXT_PLUGIN_SKIP).toBe('true');
  });

  it('has only the build settings: headers and redirects come from out/_headers and out/_redirects', () => {
    expect(Object.keys(netlify).sort()).toEqual(['', 'build', 'build.environment']);
    expect(netlify['']).toEqual({});
  });
});
