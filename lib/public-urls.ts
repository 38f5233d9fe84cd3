import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

// The public URLs of a built site: every page and every file people may link to or embed
// (downloads, feeds, press kit, share images). Next's own files (_next/, the RSC .txt payloads)
// and the 404 pages are not addresses anyone links to. No content imports: tests use this too.
const files = /\.(csv|json|xml|zip|png|svg|jpg|jpeg|webp|pdf)$/;
const skipDir = (name: string) => name.startsWith('_') || name === 'pagefind' || name === '404';

export function publicUrls(outDir: string): string[] {
  const urls: string[] = [];
  const walk = (dir: string, rel: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) {
        if (!skipDir(name)) walk(full, `${rel}${name}/`);
      } else if (name === 'index.html') {
        urls.push(rel);
      } else if (files.test(name) || (rel === '/' && name === 'robots.txt')) {
        urls.push(`${rel}${name}`);
      }
    }
  };
  walk(outDir, '/');
  return urls.sort();
}
