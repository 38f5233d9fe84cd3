import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { htmlFiles } from './files';
import type { BuildStep } from './index';
import { cspDirectives } from '@/lib/http/policy';

// A strict Content-Security-Policy without a server: every inline <script> of a page (Next's
// payload pushes) is allowed by its hash, everything else must come from this origin. So even a
// mistake in content or a dependency cannot load anything from elsewhere. Runs last: hashes
// change with every build. The directives are lib/http/policy.ts's, which the header policy shares.
const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;

function policy(html: string): string {
  const hashes = [...html.matchAll(INLINE_SCRIPT)].map(([, body]) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`);
  return cspDirectives([...new Set(hashes)]).join('; ');
}

export const cspStep: BuildStep = {
  name: 'content security policy',
  run(outDir) {
    const files = htmlFiles(outDir);
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      if (html.includes('http-equiv="Content-Security-Policy"')) continue;
      const meta = `<meta http-equiv="Content-Security-Policy" content="${policy(html)}"/>`;
      // Right after the charset, which must stay within the first 1024 bytes; before every script.
      const withPolicy = html.replace(/<meta charSet="utf-8"\/>/i, (charset) => `${charset}${meta}`);
      if (withPolicy === html) throw new Error(`${path.relative(outDir, file)} has no <meta charSet="utf-8"/> to put the policy after`);
      writeFileSync(file, withPolicy);
    }
    return `${files.length} pages`;
  },
};
