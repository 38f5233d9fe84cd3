// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';

// The Git host's workflow (.github/workflows/content.yml) cannot run here; this checks that it runs
// what an editor's edit needs: the same content check as `npm test`, in the annotation format, then
// the build, kept as a preview.
type Step = { uses?: string; run?: string; with?: Record<string, unknown> };
const workflow = YAML.parse(readFileSync('.github/workflows/content.yml', 'utf8')) as {
  on: Record<string, unknown>;
  jobs: Record<string, { steps: Step[] }>;
};
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
const runs = steps.flatMap((step) => (step.run ? [step.run] : []));
const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;

describe('the content workflow on the Git host', () => {
  it('runs on every push and pull request', () => {
    expect(Object.keys(workflow.on).sort()).toEqual(['pull_request', 'push']);
  });

  it('installs from the lockfile, checks content with annotations, then builds', () => {
    expect(runs).toEqual(['npm ci --no-audit --no-fund', 'npm run content:check -- --format github', 'npm run build']);
    expect(scripts.test).toContain('npm run content:check');
    expect(scripts.build).toContain('npm run content:check');
  });

  it('keeps the build as a downloadable preview', () => {
    const upload = steps.find((step) => step.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.with?.path).toBe('out/');
  });
});
