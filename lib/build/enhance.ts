import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { htmlFiles, writeOut } from './files';
import { applyEdits, attribute, elementsOf, insertBeforeEnd } from './html';
import type { BuildStep } from './index';

const ENTRY = path.join(process.cwd(), 'lib', 'enhance', 'browser.ts');

/** lib/enhance bundled into one small script, named by its content so it can be cached for good. */
export async function enhanceScript(): Promise<{ sitePath: string; code: Uint8Array }> {
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2020',
    write: false,
    legalComments: 'none',
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  const hash = createHash('sha256').update(code).digest('hex').slice(0, 12);
  return { sitePath: `/_enhance/site-${hash}.js`, code };
}

/** The script tag in the head of a page that has a widget: a module, so it runs after parsing. */
export function withEnhanceScript(html: string, sitePath: string): string {
  const elements = elementsOf(html);
  if (!elements.some((element) => attribute(element, 'data-enhance') !== undefined)) return html;
  const head = elements.find((element) => element.tagName === 'head');
  if (!head) throw new Error('the page has no <head>');
  return applyEdits(html, [insertBeforeEnd(head, `<script type="module" src="${sitePath}"></script>`)]);
}

export const enhanceStep: BuildStep = {
  name: 'enhancement script',
  async run(outDir) {
    const { sitePath, code } = await enhanceScript();
    writeOut(outDir, sitePath, code);
    let pages = 0;
    const files = htmlFiles(outDir);
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      const enhanced = withEnhanceScript(html, sitePath);
      if (enhanced === html) continue;
      writeFileSync(file, enhanced);
      pages += 1;
    }
    return `${sitePath}: ${code.length} B, ${gzipSync(code).length} B gzipped, on ${pages} of ${files.length} pages`;
  },
};
