import { enhanceStep } from './enhance';
import { factsExportStep } from './facts-export';
import { feedsStep } from './feeds';
import { hostingStep } from './hosting';
import { partnerKitStep } from './partner-kit';
import { pressKitStep } from './press-kit';
import { cspStep } from './csp';
import { pagefindStep } from './pagefind';
import { pruneStep } from './prune';
import { redirectsStep } from './redirects';
import { runtimeStep } from './runtime';
import { shareImagesStep } from './share-images';
import { sitemapStep } from './sitemap';

export type BuildStep = { name: string; run: (outDir: string) => Promise<string> | string };

// Order matters: steps that add files come first; anything that hashes final HTML comes last.
export const steps: BuildStep[] = [
  factsExportStep,
  feedsStep,
  pressKitStep,
  partnerKitStep,
  shareImagesStep,
  redirectsStep,
  hostingStep,
  sitemapStep,
  pagefindStep,
  runtimeStep,
  enhanceStep,
  pruneStep,
  cspStep,
];
