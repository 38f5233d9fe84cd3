import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';

// The bench never builds in the working tree: it copies the site into .bench/<name>/ (gitignored)
// and builds there, so out/ stays as the tests expect it and generated pages are never committed.
// The copy has no package-lock.json and no node_modules of its own (only the fonts, which the
// site reads by path): Next.js then takes the repository as its root and every package
// resolves from the repository's node_modules. A node_modules symlink would not do: Tailwind would
// scan every package for class names, and Turbopack refuses links that leave its root.
export const repo = path.resolve(import.meta.dirname, '../..');
export const benchDir = path.join(repo, '.bench');

export function copySite(name: string): string {
  const dir = path.join(benchDir, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  // Everything git tracks at the top level (so Tailwind sees the same files), but the lockfile.
  const tracked = execFileSync('git', ['ls-files'], { cwd: repo, encoding: 'utf8' }).split('\n').filter(Boolean);
  for (const entry of new Set(tracked.map((file) => file.split('/')[0]))) {
    if (entry !== 'package-lock.json' && existsSync(path.join(repo, entry)))
      cpSync(path.join(repo, entry), path.join(dir, entry), { recursive: true });
  }
  // Fonts are read by path from node_modules/@fontsource (lib/fonts.ts, lib/art/fonts.ts): copy them.
  cpSync(path.join(repo, 'node_modules/@fontsource'), path.join(dir, 'node_modules/@fontsource'), { recursive: true });
  return dir;
}

/**
 * Adds `count` story pages (count / 2 twin pairs) made from the real stories, so each one costs
 * what a real story costs: the same components, facts and links, with its own title and slug.
 */
export function addStories(dir: string, count: number): void {
  const pairs = Math.ceil(count / 2);
  const template = (locale: 'nl' | 'en') => {
    const folder = path.join(repo, 'content/stories', locale);
    const file = readdirSync(folder).sort()[0];
    return readFileSync(path.join(folder, file), 'utf8');
  };
  for (const locale of ['nl', 'en'] as const) {
    const source = template(locale);
    const body = source.slice(source.indexOf('---', 3) + 3);
    const folder = path.join(dir, 'content/stories', locale);
    const word =
      locale === 'nl'
        ? {
            slug: 'verhalen',
            story: 'Meetverhaal',
            number: 'nummer',
            text: "Een verhaal dat de benchmark maakt om te meten hoe de bouw groeit met meer pagina's",
          }
        : {
            slug: 'stories',
            story: 'Bench story',
            number: 'number',
            text: 'A story that the benchmark makes to measure how the build grows with more pages',
          };
    for (let i = 1; i <= pairs; i++) {
      const frontmatter = [
        '---',
        `title: ${word.story} ${i}`,
        `description: ${word.text}, ${word.number} ${i}.`,
        `locale: ${locale}`,
        `slug: ${word.slug}/bench-${i}`,
        `translationKey: bench-story-${i}`,
        'reviewBy: 2030-01-01',
        `summary: ${word.text} (${i}).`,
        '---',
      ].join('\n');
      writeFileSync(path.join(folder, `bench-${i}.mdx`), `${frontmatter}${body}`);
    }
  }
}

export function removeCopy(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
