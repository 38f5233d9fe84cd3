import { routing } from '@/i18n/routing';
import { atomFeed, feedPath } from '@/lib/press/feed';
import { writeOut } from './files';
import type { BuildStep } from './index';

// One Atom feed of press releases per language, in its press room.
export const feedsStep: BuildStep = {
  name: 'feeds',
  run(outDir) {
    for (const locale of routing.locales) writeOut(outDir, feedPath(locale), atomFeed(locale));
    return routing.locales.map(feedPath).join(', ');
  },
};
