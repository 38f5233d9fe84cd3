import { cspStep } from './csp';
import { pagefindStep } from './pagefind';
import { redirectsStep } from './redirects';
import { runtimeStep } from './runtime';

export type BuildStep = { name: string; run: (outDir: string) => Promise<string> | string };

// Order matters: steps that add files come first; anything that hashes final HTML comes last.
export const steps: BuildStep[] = [redirectsStep, pagefindStep, runtimeStep, cspStep];
