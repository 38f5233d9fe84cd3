// Steps that run on out/ after `next build`, in order. Each step is one file in lib/build/.
// Run with `tsx --tsconfig tsconfig.scripts.json` (see that file for why).
import { existsSync } from 'node:fs';

// The steps read the content as the production build does: no drafts, no embargoed releases.
// Set before lib/content is loaded, which is why the steps are imported below, not at the top.
(process.env as Record<string, string>).NODE_ENV = 'production';
const { steps } = await import('@/lib/build');

const outDir = 'out';
if (!existsSync(outDir)) {
  console.error('postbuild: out/ does not exist. Run next build first.');
  process.exit(1);
}
for (const step of steps) {
  const started = performance.now();
  try {
    const summary = await step.run(outDir);
    console.log(`postbuild: ${step.name}: ${summary} (${Math.round(performance.now() - started)} ms)`);
  } catch (error) {
    console.error(`postbuild: ${step.name} failed: ${(error as Error).message}`);
    process.exit(1);
  }
}
