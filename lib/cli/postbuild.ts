// Steps that run on out/ after `next build`, in order. Each step is one file in lib/build/; they run
// on a staging folder, and a failed step leaves no out/ (lib/build/run.ts).
// Run with `tsx --tsconfig tsconfig.scripts.json` (see that file for why); an optional argument
// names another folder than out/.

// The steps read the content as the production build does: no drafts, no embargoed releases.
// Set before lib/content is loaded, which is why the steps are imported below, not at the top.
(process.env as Record<string, string>).NODE_ENV = 'production';
const { steps } = await import('@/lib/build');
const { runSteps } = await import('@/lib/build/run');

export {};

if (!(await runSteps(process.argv[2] ?? 'out', steps))) process.exit(1);
