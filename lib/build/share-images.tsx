import type { Locale } from '@/i18n/routing';
import { toPng, toSvg } from '@/lib/art/render';
import { ShareCard, shareCardSize } from '@/lib/art/share-card';
import { themeOf } from '@/lib/art/themes';
import { allDocs } from '@/lib/content';
import { isRelease } from '@/lib/content/press';
import { translator } from '@/lib/i18n/translator';
import { docDescription } from '@/lib/metadata';
import { shareImagePath } from '@/lib/share-image';
import { siteUrl } from '@/lib/site';
import { writeOut } from './files';
import type { BuildStep } from './index';

const domain = new URL(siteUrl).host.replace(/^www\./, '');

// Each page's link preview, in the campaign's receipt look: its own title and description.
export const shareImagesStep: BuildStep = {
  name: 'share images',
  async run(outDir) {
    for (const doc of allDocs) {
      const t = translator(doc.locale as Locale);
      const card = (
        <ShareCard
          kicker={isRelease(doc) ? t('ShareImage.press') : t('Site.name')}
          title={doc.title}
          description={docDescription(doc)}
          total={t('ShareImage.total')}
          totalValue={t('ShareImage.totalValue')}
          domain={domain}
          theme={themeOf(doc.translationKey)}
        />
      );
      writeOut(outDir, shareImagePath(doc), toPng(await toSvg(card, shareCardSize), shareCardSize.width));
    }
    return `${allDocs.length} PNGs of ${shareCardSize.width}×${shareCardSize.height}`;
  },
};
