// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';

// The Git host's workflow (.github/workflows/content.yml) cannot run here; this checks that it runs
// what an editor's edit needs: the same content check as `npm test`, in the annotation format, then
// the build, kept as a preview; and on a push to a branch, the new public URLs committed back to it.
type Step = { id?: string; if?: string; uses?: string; run?: string; with?: Record<string, unknown> };
type Job = { if?: string; needs?: string; permissions?: Record<string, string>; outputs?: Record<string, string>; steps: Step[] };
const workflow = YAML.parse(readFileSync('.github/workflows/content.yml', 'utf8')) as {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, Job>;
};
const check = workflow.jobs['check-and-preview'];
const commit = workflow.jobs['commit-urls'];
const runs = (job: Job) => job.steps.flatMap((step) => (step.run ? [step.run.split('\n')[0]] : []));
const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;

describe('the content workflow on the Git host', () => {
  it('runs on every push and pull request', () => {
    expect(Object.keys(workflow.on).sort()).toEqual(['pull_request', 'push']);
  });

  it('has two jobs: check and preview, then commit the new URLs', () => {
    expect(Object.keys(workflow.jobs).sort()).toEqual(['check-and-preview', 'commit-urls']);
  });

  it('installs from the lockfile, checks content with annotations, builds, then adds the new URLs', () => {
    expect(runs(check)).toEqual([
      'npm ci --no-audit --no-fund',
      'npm run content:check -- --format github',
      'npm run build',
      'npm run urls:add',
    ]);
    expect(scripts.test).toContain('npm run content:check');
    expect(scripts.build).toContain('npm run content:check');
    expect(scripts['urls:add']).toBe('tsx lib/cli/urls.ts');
  });

  it('keeps the build as a downloadable preview', () => {
    const upload = check.steps.find((step) => step.uses?.startsWith('actions/upload-artifact@') && step.with?.path === 'out/');
    expect(upload).toBeDefined();
    const build = check.steps.findIndex((step) => step.run === 'npm run build');
    expect(check.steps.indexOf(upload!)).toBeGreaterThan(build);
  });

  describe('urls:add', () => {
    const urls = check.steps.find((step) => step.run?.startsWith('npm run urls:add'));

    it('runs after the build, only on a push to a branch and not on the bot’s own commit', () => {
      expect(check.steps.indexOf(urls!)).toBeGreaterThan(check.steps.findIndex((step) => step.run === 'npm run build'));
      expect(urls?.if).toContain("github.event_name == 'push'");
      expect(urls?.if).toContain("startsWith(github.ref, 'refs/heads/')");
      expect(urls?.if).toContain("github.actor != 'github-actions[bot]'");
    });

    it('says whether tests/urls.txt changed, and hands the file on only then', () => {
      expect(urls?.id).toBe('urls');
      expect(urls?.run).toContain('git diff --quiet -- tests/urls.txt || echo "changed=true" >> "$GITHUB_OUTPUT"');
      expect(check.outputs?.['urls-changed']).toBe('${{ steps.urls.outputs.changed }}');
      const handOver = check.steps.find((step) => step.with?.path === 'tests/urls.txt');
      expect(handOver?.if).toBe("steps.urls.outputs.changed == 'true'");
    });
  });

  describe('commit-urls', () => {
    const script = commit.steps.find((step) => step.run)?.run ?? '';

    it('alone may write to the repository, and only after a push whose build changed tests/urls.txt', () => {
      expect(workflow.permissions).toEqual({ contents: 'read' });
      expect(check.permissions).toBeUndefined();
      expect(commit.permissions).toEqual({ contents: 'write' });
      expect(commit.needs).toBe('check-and-preview');
      expect(commit.if).toContain("github.event_name == 'push'");
      expect(commit.if).toContain("needs.check-and-preview.outputs.urls-changed == 'true'");
    });

    it('runs no npm code, on the commit that was built', () => {
      expect(script).not.toMatch(/\bnpm\b|\bnpx\b|\btsx\b/);
      expect(commit.steps.find((step) => step.uses?.startsWith('actions/checkout@'))?.with?.ref).toBe('${{ github.sha }}');
    });

    it('commits tests/urls.txt alone, with added lines only, as github-actions[bot], to the pushed branch', () => {
      expect(script).toContain('test "$(git status --porcelain)" = " M tests/urls.txt"');
      expect(script).toContain('git diff --numstat -- tests/urls.txt');
      expect(script).toContain("git config user.name 'github-actions[bot]'");
      expect(script).toMatch(/git commit .* -- tests\/urls\.txt$/m);
      expect(script).not.toContain('[skip ci]');
      expect(script).toContain('git push origin "HEAD:$GITHUB_REF"');
    });
  });
});
