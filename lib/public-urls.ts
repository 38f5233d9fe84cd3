import { filesUnder } from './walk';

// The public URLs of a built site: every page and every file people may link to or embed
// (downloads, feeds, press kit, share images). Next's own files (_next/, the RSC .txt payloads)
// and the 404 pages are not addresses anyone links to. No content imports: tests use this too.
const files = /\.(csv|json|xml|zip|png|svg|jpg|jpeg|webp|pdf)$/;
const skipDir = (name: string) => name.startsWith('_') || name === 'pagefind' || name === '404';

export function publicUrls(outDir: string): string[] {
  return filesUnder(outDir, skipDir)
    .flatMap((rel) => {
      const name = rel.slice(rel.lastIndexOf('/') + 1);
      if (name === 'index.html') return [`/${rel.slice(0, rel.length - name.length)}`];
      if (files.test(name) || rel === 'robots.txt') return [`/${rel}`];
      return [];
    })
    .sort();
}

/**
 * The text of tests/urls.txt with `urls` added. It never removes a line: the comments (and any other line
 * that is not a URL) stay on top in their order, then every URL once, sorted. `added` are the URLs that
 * were not listed yet; with none, the text comes back unchanged (so the workflow has nothing to commit).
 */
export function addUrls(text: string, urls: readonly string[]): { text: string; added: string[] } {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  const listed = new Set(lines.filter((line) => line.startsWith('/')));
  const added = [...new Set(urls)].filter((url) => !listed.has(url)).sort();
  const other = lines.filter((line) => !line.startsWith('/'));
  return { text: `${[...other, ...[...listed, ...added].sort()].join('\n')}\n`, added };
}
