import { cspStep } from './csp';
import { redirectsStep } from './redirects';

export type BuildStep = { name: string; run: (outDir: string) => Promise<string> | string };

// Order matters: steps that add files come first; anything that hashes final HTML comes last.
export const steps: BuildStep[] = [redirectsStep, cspStep];
