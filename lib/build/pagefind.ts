import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { BuildStep } from './index';

// Search (issue 6): pagefind indexes the built pages into out/pagefind/, one index per language
// (it reads <html lang>). Only <article data-pagefind-body> is indexed, so the header, footer,
// 404 pages, the root language page and the search page itself stay out of the results.
export const pagefindStep: BuildStep = {
  name: 'pagefind',
  async run(outDir) {
    const { index, errors } = await pagefind.createIndex({});
    try {
      if (!index) throw new Error(errors.join('; '));
      const added = await index.addDirectory({ path: outDir });
      if (added.errors.length) throw new Error(added.errors.join('; '));
      if (added.page_count === 0) throw new Error('no page has data-pagefind-body: nothing to search');
      const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
      if (written.errors.length) throw new Error(written.errors.join('; '));
      // page_count counts every HTML file read; the entry file counts the pages that made it in.
      const entry = JSON.parse(await readFile(path.join(outDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
        languages: Record<string, { page_count: number }>;
      };
      const perLanguage = Object.entries(entry.languages).map(([language, { page_count }]) => `${page_count} ${language}`);
      return `${perLanguage.join(', ')} pages indexed of ${added.page_count} read`;
    } finally {
      await pagefind.close();
    }
  },
};
