import { strToU8, zipSync, type Zippable } from 'fflate';
import { routing } from '@/i18n/routing';
import { kitArt } from '@/lib/art/kit-art';
import { toPng, toSvg } from '@/lib/art/render';
import { messages, translator } from '@/lib/i18n/translator';
import { kitFiles, kitItems, kitZip, pngWidths } from '@/lib/press/kit';
import { absolute } from '@/lib/site';
import { writeOut } from './files';
import type { BuildStep } from './index';
import { readmeName, zipReadme } from './readme';

// The press kit: every item as SVG (text turned into paths, so it needs no fonts), a PNG for the
// web and one in high resolution, per language, plus one zip with all of it and a read-me.
export const pressKitStep: BuildStep = {
  name: 'press kit',
  async run(outDir) {
    let count = 0;
    for (const locale of routing.locales) {
      const zip: Zippable = {};
      const add = (sitePath: string, data: Uint8Array) => {
        writeOut(outDir, sitePath, data);
        // PNGs are compressed already: stored as they are, which keeps the build fast.
        zip[sitePath.split('/').pop()!] = sitePath.endsWith('.png') ? [data, { level: 0 }] : data;
        count += 1;
      };
      for (const item of kitItems) {
        // The logo carries the campaign's Dutch name in both languages: it is the brand, not a translation.
        const svg = await toSvg(kitArt(item.id, translator(routing.defaultLocale)('Site.name'), messages[locale].PressKit.art), item);
        const files = kitFiles(locale, item.id);
        add(files.svg, strToU8(svg));
        add(files.web, toPng(svg, pngWidths.web));
        add(files.high, toPng(svg, pngWidths.high));
      }
      zip[readmeName[locale]] = strToU8(zipReadme(locale, 'PressKit', absolute(kitZip(locale))));
      writeOut(outDir, kitZip(locale), zipSync(zip));
    }
    return `${count} files and ${routing.locales.length} zips`;
  },
};
