import { existsSync, renameSync, rmSync } from 'node:fs';
import type { BuildStep } from './index';

export type StepLog = { log: (line: string) => void; error: (line: string) => void };

/**
 * Runs the post-build steps on a staging folder beside outDir and moves it back only when every
 * step succeeded. A failed step leaves no outDir at all, rather than one that looks deployable
 * without, say, its Content-Security-Policy. Returns false when a step failed.
 */
export async function runSteps(outDir: string, steps: readonly BuildStep[], { log, error }: StepLog = console): Promise<boolean> {
  const staging = `${outDir.replace(/[/\\]+$/, '')}.staging`;
  if (!existsSync(outDir)) {
    error(`postbuild: ${outDir}/ does not exist. Run next build first.`);
    return false;
  }
  rmSync(staging, { recursive: true, force: true });
  renameSync(outDir, staging);
  for (const step of steps) {
    const started = performance.now();
    try {
      const summary = await step.run(staging);
      log(`postbuild: ${step.name}: ${summary} (${Math.round(performance.now() - started)} ms)`);
    } catch (failure) {
      rmSync(staging, { recursive: true, force: true });
      error(`postbuild: ${step.name} failed: ${(failure as Error).message}`);
      error(`postbuild: removed ${outDir}/: a half-processed site must not be deployed. Fix the cause and build again.`);
      return false;
    }
  }
  renameSync(staging, outDir);
  return true;
}
