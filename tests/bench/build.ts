import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export type BuildResult = { seconds: number; peakTreeMb: number; maxProcessMb?: number; pages: number; steps: Record<string, number> };

/** Where the time went: Next.js's compile and static generation, and each post-build step, in seconds. */
function stepsOf(log: string): Record<string, number> {
  const steps: Record<string, number> = {};
  const compiled = /Compiled successfully in ([\d.]+)(m?s)/.exec(log);
  if (compiled) steps['next compile'] = Number(compiled[1]) / (compiled[2] === 'ms' ? 1000 : 1);
  const pages = /Generating static pages .* in ([\d.]+)(m?s)/.exec(log);
  if (pages) steps['next static pages'] = Number(pages[1]) / (pages[2] === 'ms' ? 1000 : 1);
  for (const [, name, ms] of log.matchAll(/^postbuild: ([^:]+): .*\((\d+) ms\)$/gm)) steps[name] = Number(ms) / 1000;
  return steps;
}

// RSS of a process and all its descendants, read from /proc: `next build` runs workers, so the
// memory a machine needs is their sum, not the largest single process that GNU time reports.
function treeRssKb(root: number): number {
  const parents = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      parents.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // The process ended while we looked.
    }
  }
  const inTree = (pid: number): boolean => pid === root || (parents.has(pid) && pid > 1 && inTree(parents.get(pid)!));
  let total = 0;
  for (const pid of parents.keys()) {
    if (!inTree(pid)) continue;
    try {
      total += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      // Gone already.
    }
  }
  return total;
}

const countPages = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce((count, entry) => {
    if (entry.isDirectory())
      return entry.name === '_next' || entry.name === 'pagefind' ? count : count + countPages(path.join(dir, entry.name));
    return entry.name === 'index.html' ? count + 1 : count;
  }, 0);

/** `npm run build` in a copy of the site: wall time, peak memory of the process tree, pages built. */
export async function buildSite(dir: string, env: Record<string, string> = {}): Promise<BuildResult> {
  const timeFile = path.join(os.tmpdir(), `bench-time-${process.pid}-${Date.now()}.txt`);
  const gnuTime = existsSync('/usr/bin/time');
  const [command, args] = gnuTime ? ['/usr/bin/time', ['-v', '-o', timeFile, 'npm', 'run', 'build']] : ['npm', ['run', 'build']];
  const started = performance.now();
  const child = spawn(command, args, {
    cwd: dir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (chunk) => (log += chunk));
  child.stderr.on('data', (chunk) => (log += chunk));
  let peak = 0;
  const sampler = setInterval(() => {
    if (child.pid) peak = Math.max(peak, treeRssKb(child.pid));
  }, 200);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(sampler);
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`the build in ${dir} failed (exit ${code}):\n${log.slice(-3000)}`);
  let maxProcessMb: number | undefined;
  if (gnuTime && existsSync(timeFile)) {
    const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(readFileSync(timeFile, 'utf8'))?.[1];
    maxProcessMb = kb ? Math.round(Number(kb) / 1024) : undefined;
    rmSync(timeFile, { force: true });
  }
  return {
    seconds: Math.round(seconds * 10) / 10,
    peakTreeMb: Math.round(peak / 1024),
    maxProcessMb,
    pages: countPages(path.join(dir, 'out')),
    steps: stepsOf(log),
  };
}
