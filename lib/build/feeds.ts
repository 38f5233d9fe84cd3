import { routing } from '@/i18n/routing';
import { atomFeed, feedPath } from '@/lib/press/feed';
import { correctionsFeed, correctionsFeedPath } from '@/lib/corrections/feed';
import { writeOut } from './files';
import type { BuildStep } from './index';

// One Atom feed of press releases per language, in its press room, and one of corrections, on the corrections page.
export const feedsStep: BuildStep = {
  name: 'feeds',
  run(outDir) {
    for (const locale of routing.locales) {
      writeOut(outDir, feedPath(locale), atomFeed(locale));
      writeOut(outDir, correctionsFeedPath(locale), correctionsFeed(locale));
    }
    return routing.locales.flatMap((locale) => [feedPath(locale), correctionsFeedPath(locale)]).join(', ');
  },
};
