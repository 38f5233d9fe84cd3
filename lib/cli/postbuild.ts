// Steps that run on out/ after `next build`, in order. Each step is one file in lib/build/.
// Run with `tsx --tsconfig tsconfig.scripts.json` (see that file for why); an optional argument
// names another folder than out/.
//
// The steps work on a staging folder beside out/ and move it back only when every step succeeded:
// a failed step leaves no out/ at all, rather than one that looks deployable without, say, its
// Content-Security-Policy.
import { existsSync, renameSync, rmSync } from 'node:fs';

// The steps read the content as the production build does: no drafts, no embargoed releases.
// Set before lib/content is loaded, which is why the steps are imported below, not at the top.
(process.env as Record<string, string>).NODE_ENV = 'production';
const { steps } = await import('@/lib/build');

const outDir = process.argv[2] ?? 'out';
const staging = `${outDir.replace(/\/+$/, '')}.staging`;
if (!existsSync(outDir)) {
  console.error(`postbuild: ${outDir}/ does not exist. Run next build first.`);
  process.exit(1);
}
rmSync(staging, { recursive: true, force: true });
renameSync(outDir, staging);
for (const step of steps) {
  const started = performance.now();
  try {
    const summary = await step.run(staging);
    console.log(`postbuild: ${step.name}: ${summary} (${Math.round(performance.now() - started)} ms)`);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    console.error(`postbuild: ${step.name} failed: ${(error as Error).message}`);
    console.error(`postbuild: removed ${outDir}/: a half-processed site must not be deployed. Fix the cause and build again.`);
    process.exit(1);
  }
}
renameSync(staging, outDir);
