import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { routing, type Locale } from '@/i18n/routing';
import { FactCard } from '@/lib/art/fact-card';
import { layoutCard } from '@/lib/art/fact-card-layout';
import { renderPoster } from '@/lib/art/poster';
import { toPngAsync, toSvg } from '@/lib/art/render';
import type { Fact } from '@/lib/content/schemas/fact';
import {
  cardAlt,
  cardSizes,
  cardText,
  fileExtension,
  formatBytes,
  kitFacts,
  kitFiles,
  kitFormats,
  kitPageUrl,
  kitZip,
  previewSize,
  sizeAttribute,
  type KitFormat,
} from '@/lib/facts/kit';
import { localeTag } from '@/lib/format';
import { translator } from '@/lib/i18n/translator';
import { absolute } from '@/lib/site';
import { writeOut } from './files';
import { applyEdits, attribute, elementsOf, insertBeforeEnd } from './html';
import type { BuildStep } from './index';
import { readmeName, zipReadme } from './readme';

const baseName = (sitePath: string) => sitePath.split('/').pop()!;

/** The read-me in each zip: the kit's terms, then every file with its alt text. */
const readme = (locale: Locale, format: KitFormat, facts: Fact[]) =>
  zipReadme(locale, 'PartnerKit', absolute(kitPageUrl(locale)), [
    '',
    ...facts.flatMap((fact) => [baseName(kitFiles(locale, fact.id)[format]), cardAlt(fact, locale), '']),
  ]);

/** Runs `work` over `items` with at most `limit` at a time, keeping the results in order. */
async function inOrder<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

type Rendered = Record<KitFormat | 'preview', Uint8Array>;

// Rendering is most of the build's time (a second or more per fact and language on a busy machine),
// so rendered files are kept in Next's build cache, which CI keeps between builds (.next/cache), by
// a hash of everything that decides their pixels: the card's text, the drawing code in lib/art/ and
// the versions of satori, resvg and pdfkit. A build renders only the facts that changed; a clean
// build renders them all. Entries no longer used are removed, so the cache stays one kit large.
const cacheDir = path.join(process.cwd(), '.next', 'cache', 'partner-kit');
const kinds = [...kitFormats, 'preview'] as const;

function rendererHash(): string {
  const hash = createHash('sha256');
  const art = path.join(process.cwd(), 'lib', 'art');
  for (const name of readdirSync(art).sort()) hash.update(name).update(readFileSync(path.join(art, name)));
  for (const pkg of ['satori', '@resvg/resvg-js', 'pdfkit']) hash.update(pkg).update(installedVersion(pkg));
  return hash.digest('hex');
}

// Resolved as Node resolves the import, not from the working directory: the bench builds in a copy
// of the site whose packages come from the repository's node_modules. pdfkit's exports do not
// include its package.json, so this finds the package's folder from its entry file.
function installedVersion(pkg: string): string {
  const entry = createRequire(import.meta.url).resolve(pkg);
  const folder = `${path.sep}node_modules${path.sep}${pkg.split('/').join(path.sep)}${path.sep}`;
  const root = entry.slice(0, entry.lastIndexOf(folder) + folder.length);
  return (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
}

function cached(key: string): Rendered | undefined {
  const files = kinds.map((kind) => path.join(cacheDir, `${key}-${kind}`));
  if (!files.every((file) => existsSync(file))) return undefined;
  return Object.fromEntries(kinds.map((kind, index) => [kind, readFileSync(files[index])])) as unknown as Rendered;
}

function store(key: string, rendered: Rendered) {
  mkdirSync(cacheDir, { recursive: true });
  for (const kind of kinds) writeFileSync(path.join(cacheDir, `${key}-${kind}`), rendered[kind]);
}

/** Removes cache entries this build did not use. */
function pruneCache(used: Set<string>) {
  if (!existsSync(cacheDir)) return;
  for (const name of readdirSync(cacheDir)) if (!used.has(name.replace(/-[a-z]+$/, ''))) rmSync(path.join(cacheDir, name));
}

async function renderFact(fact: Fact, locale: Locale): Promise<Rendered> {
  const text = cardText(fact, locale);
  const svgOf = (format: 'square' | 'story') => toSvg(<FactCard layout={layoutCard(text, format)} />, cardSizes[format]);
  const [square, story] = [await svgOf('square'), await svgOf('story')];
  const t = translator(locale);
  const [squarePng, storyPng, preview, poster] = await Promise.all([
    toPngAsync(square, cardSizes.square.width),
    toPngAsync(story, cardSizes.story.width),
    toPngAsync(square, previewSize.width),
    renderPoster(layoutCard(text, 'poster'), {
      title: text.figure ? `${text.figure} ${text.words}` : text.words,
      author: t('Site.name'),
      subject: cardAlt(fact, locale),
      lang: localeTag[locale],
      date: new Date(fact.lastChecked),
    }),
  ]);
  return { square: squarePng, story: storyPng, preview, poster };
}

/** Writes each file's size into the kit page where the widget marked it; a mark for a file the build did not make is an error. */
function fillSizes(outDir: string, locale: Locale, sizes: Map<string, number>): number {
  const file = path.join(outDir, ...kitPageUrl(locale).split('/').filter(Boolean), 'index.html');
  const html = readFileSync(file, 'utf8');
  const marks = elementsOf(html).filter((element) => attribute(element, sizeAttribute) !== undefined);
  const edits = marks.map((element) => {
    const target = attribute(element, sizeAttribute)!;
    const bytes = sizes.get(target);
    if (bytes === undefined) throw new Error(`${kitPageUrl(locale)} links ${target}, which the partner kit did not make`);
    return insertBeforeEnd(element, formatBytes(bytes, locale));
  });
  writeFileSync(file, applyEdits(html, edits));
  return marks.length;
}

// The partner kit: every fact as a square and a portrait card (PNG) and an A4 poster (PDF), per
// language, plus a small preview for the page and one zip per format. Rendering takes most of the
// time; resvg works on the thread pool while satori lays out the next card, one fact per core and one more.
export const partnerKitStep: BuildStep = {
  name: 'partner kit',
  async run(outDir) {
    const facts = kitFacts();
    const sizes = new Map<string, number>();
    let files = 0;
    let bytes = 0;
    let marks = 0;
    const write = (sitePath: string, data: Uint8Array) => {
      writeOut(outDir, sitePath, data);
      sizes.set(sitePath, data.length);
      files += 1;
      bytes += data.length;
    };
    const renderer = rendererHash();
    const used = new Set<string>();
    let hits = 0;
    for (const locale of routing.locales) {
      const rendered = await inOrder(facts, availableParallelism() + 1, async (fact) => {
        const key = createHash('sha256')
          .update(renderer)
          .update(JSON.stringify({ text: cardText(fact, locale), alt: cardAlt(fact, locale), checked: fact.lastChecked }))
          .digest('hex')
          .slice(0, 32);
        used.add(key);
        const hit = cached(key);
        if (hit) {
          hits += 1;
          return hit;
        }
        const fresh = await renderFact(fact, locale).catch((failure: Error) => {
          throw new Error(`content/facts/${fact.id}.yaml (${locale}): ${failure.message}`);
        });
        store(key, fresh);
        return fresh;
      });
      const zips = Object.fromEntries(kitFormats.map((format) => [format, {} as Zippable])) as Record<KitFormat, Zippable>;
      facts.forEach((fact, index) => {
        const paths = kitFiles(locale, fact.id);
        write(paths.preview, rendered[index].preview);
        for (const format of kitFormats) {
          write(paths[format], rendered[index][format]);
          // PNG and PDF are compressed already: stored as they are, which keeps the build fast.
          zips[format][baseName(paths[format])] = [rendered[index][format], { level: 0 }];
        }
      });
      for (const format of kitFormats) {
        zips[format][readmeName[locale]] = strToU8(readme(locale, format, facts));
        write(kitZip(locale, format), zipSync(zips[format]));
      }
      marks += fillSizes(outDir, locale, sizes);
    }
    pruneCache(used);
    const formats = kitFormats.map((format) => `${format} (${fileExtension(format)})`).join(', ');
    return `${facts.length} facts × ${routing.locales.length} languages: ${formats}, previews and zips; ${files} files, ${(bytes / 1e6).toFixed(1)} MB; ${hits} of ${used.size} facts from the cache; ${marks} sizes on the pages`;
  },
};
