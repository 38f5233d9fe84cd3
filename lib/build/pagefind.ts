import path from 'node:path';
import * as pagefind from 'pagefind';
import type { BuildStep } from './index';

// Search (issue 6): pagefind indexes the built pages into out/pagefind/, one index per language
// (it reads <html lang>). Only <article data-pagefind-body> is indexed, so the header, footer,
// 404 pages and the root language page stay out of the results.
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
      return `${added.page_count} pages indexed`;
    } finally {
      await pagefind.close();
    }
  },
};
