import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { htmlFiles } from './files';
import { applyEdits, attribute, elementsOf, insertAfter, rawText } from './html';
import type { BuildStep } from './index';
import { cspDirectives } from '@/lib/http/policy';

// A strict Content-Security-Policy without a server: every inline <script> of a page (Next's
// payload pushes) is allowed by its hash, everything else must come from this origin. So even a
// mistake in content or a dependency cannot load anything from elsewhere. Runs last: hashes
// change with every build. The directives are lib/http/policy.ts's, which the header policy shares.

/**
 * The page with its policy in a <meta> right after the charset, which must stay within the first
 * 1024 bytes, and before every script. Unchanged when it has one; null when it has no charset.
 */
export function withPolicy(html: string): string | null {
  const elements = elementsOf(html);
  if (
    elements.some((element) => element.tagName === 'meta' && attribute(element, 'http-equiv')?.toLowerCase() === 'content-security-policy')
  )
    return html;
  const charset = elements.find((element) => element.tagName === 'meta' && attribute(element, 'charset') !== undefined);
  if (!charset) return null;
  const inline = elements.filter((element) => element.tagName === 'script' && attribute(element, 'src') === undefined);
  const hashes = inline.map((script) => `'sha256-${createHash('sha256').update(rawText(html, script)).digest('base64')}'`);
  const policy = cspDirectives([...new Set(hashes)]).join('; ');
  return applyEdits(html, [insertAfter(charset, `<meta http-equiv="Content-Security-Policy" content="${policy}"/>`)]);
}

export const cspStep: BuildStep = {
  name: 'content security policy',
  run(outDir) {
    const files = htmlFiles(outDir);
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      const result = withPolicy(html);
      if (result === null) throw new Error(`${path.relative(outDir, file)} has no <meta charset> to put the policy after`);
      writeFileSync(file, result);
    }
    return `${files.length} pages`;
  },
};
