// Steps that run on out/ after `next build`, in order. Each step is one file in lib/build/.
import { existsSync } from 'node:fs';
import { steps } from '@/lib/build';

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
