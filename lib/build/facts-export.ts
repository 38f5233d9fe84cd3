import { routing } from '@/i18n/routing';
import { factsCsv, factsJson } from '@/lib/facts/export';
import { factDownloads } from '@/lib/facts/sheet';
import { writeOut } from './files';
import type { BuildStep } from './index';

// The fact sheet's downloads: every fact with its source, as CSV and JSON, in each language.
export const factsExportStep: BuildStep = {
  name: 'fact downloads',
  run(outDir) {
    for (const locale of routing.locales) {
      const { csv, json } = factDownloads(locale);
      writeOut(outDir, csv, factsCsv(locale));
      writeOut(outDir, json, factsJson(locale));
    }
    return `${routing.locales.length * 2} files`;
  },
};
