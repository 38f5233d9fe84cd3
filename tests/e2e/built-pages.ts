import { readFileSync } from 'node:fs';
import path from 'node:path';
import { filesUnder } from '../../lib/walk';

const outDir = path.resolve('out');

/** Every HTML page of the built site, as the URL path a visitor would use. */
export function builtPages(): string[] {
  return filesUnder(outDir, (folder) => folder.startsWith('_') || folder === 'pagefind')
    .filter((rel) => rel === 'index.html' || rel.endsWith('/index.html'))
    .map((rel) => `/${rel.slice(0, -'index.html'.length)}`)
    .sort();
}

/** The pages made from content/redirects.yaml: they only send visitors on (meta refresh). */
export function redirectPages(): string[] {
  return builtPages().filter((page) => page !== '/' && builtHtml(page).includes('http-equiv="refresh"'));
}

/** Content pages: everything but the root language entry, the 404 pages and the redirect pages. */
export function contentPages(): string[] {
  const redirects = new Set(redirectPages());
  return builtPages().filter((page) => page !== '/' && !/\/404\/$/.test(page) && !redirects.has(page));
}

export function builtHtml(page: string): string {
  const file = page === '/404.html' ? path.join(outDir, '404.html') : path.join(outDir, page, 'index.html');
  return readFileSync(file, 'utf8');
}
