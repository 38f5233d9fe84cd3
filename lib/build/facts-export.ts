import { routing } from '@/i18n/routing';
import { factsCsv, factsJson, seriesCsv } from '@/lib/facts/export';
import { factDownloads } from '@/lib/facts/sheet';
import { writeOut } from './files';
import type { BuildStep } from './index';

// The fact sheet's downloads, in each language: every fact with its source, as CSV and JSON, and the
// yearly series as CSV.
export const factsExportStep: BuildStep = {
  name: 'fact downloads',
  run(outDir) {
    for (const locale of routing.locales) {
      const downloads = factDownloads(locale);
      writeOut(outDir, downloads.csv, factsCsv(locale));
      writeOut(outDir, downloads.json, factsJson(locale));
      writeOut(outDir, downloads.seriesCsv, seriesCsv(locale));
    }
    return `${routing.locales.length * 3} files`;
  },
};
