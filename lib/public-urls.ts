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
