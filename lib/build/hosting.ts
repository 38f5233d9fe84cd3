import { writeOut } from './files';
import type { BuildStep } from './index';
import { readRedirects } from '@/lib/content/registries';
import { headersFile, redirectsFile } from '@/lib/http/netlify';
import { securityTxt, securityTxtPath } from '@/lib/http/security-txt';
import { siteUrl } from '@/lib/site';

// What a host needs besides the pages, from the one definition in lib/http/: `_headers` and
// `_redirects` for Netlify and Cloudflare Pages, and security.txt with an Expires counted from today.
export const hostingStep: BuildStep = {
  name: 'hosting',
  run(outDir) {
    writeOut(outDir, '/_headers', headersFile());
    writeOut(outDir, '/_redirects', redirectsFile(readRedirects()));
    writeOut(outDir, securityTxtPath, securityTxt(siteUrl, new Date()));
    return `_headers, _redirects, ${securityTxtPath}`;
  },
};
