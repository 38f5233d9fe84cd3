import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Problem } from '@/lib/content/validate';
import { kindOfName, readImage } from './image-files';
import type { Content, Image } from './types';

// A page image is downloaded on every visit, often on a phone with slow data: 500 kB is already
// seconds on a slow connection, and a photo straight from a camera is several MB.
const MAX_BYTES = 500_000;
const sizeOf = (bytes: number) => (bytes >= 1_000_000 ? `${(bytes / 1_000_000).toFixed(1)} MB` : `${Math.round(bytes / 1000)} kB`);

function fileOf(root: string, src: string): string | undefined {
  try {
    return path.join(root, 'public', decodeURIComponent(src.split(/[?#]/)[0]));
  } catch {
    return undefined;
  }
}

function exists(root: string, src: string): boolean {
  const file = fileOf(root, src);
  return file !== undefined && existsSync(file);
}

/** An existing image file that browsers cannot show, whose name lies about its kind, or that is too heavy. */
function fileProblems(root: string, src: string, where: Omit<Problem, 'message'>): Problem[] {
  let bytes = Buffer.alloc(0);
  try {
    bytes = readFileSync(fileOf(root, src)!);
  } catch {
    // A folder, or a file that cannot be read: not an image either.
  }
  const info = readImage(bytes);
  const named = kindOfName(src);
  if (!info) {
    return [
      {
        ...where,
        message: `the file public${src} is not an image a browser can show`,
        fix: 'open it in an image program and save (export) it again as JPEG, PNG or WebP. A photo from an iPhone is often HEIC, which browsers do not show',
      },
    ];
  }
  if (named && named !== info.kind) {
    return [
      {
        ...where,
        message: `the file public${src} is a ${info.kind} image, but its name says ${named}`,
        fix: `save it again as ${named}, or rename the file to end in .${info.kind === 'JPEG' ? 'jpg' : info.kind.toLowerCase()} and change the path in the page too`,
      },
    ];
  }
  if (bytes.length <= MAX_BYTES) return [];
  const pixels = info.width && info.height ? ` (it is now ${info.width} × ${info.height} pixels)` : '';
  return [
    {
      ...where,
      message: `the image ${src} is ${sizeOf(bytes.length)}, more than the ${sizeOf(MAX_BYTES)} an image on the site may be: it loads slowly on a phone`,
      fix:
        info.kind === 'SVG'
          ? 'make the drawing simpler, or remove what it does not need with a tool such as SVGOMG (jakearchibald.github.io/svgomg)'
          : `make it at most 1600 pixels wide${pixels} and save it as JPEG or WebP at about 80% quality, for example with squoosh.app`,
    },
  ];
}

/** The alt text is only the file name ("kaart" for kaart.svg): it tells a screen reader user nothing. */
function altIsFileName(image: Image): boolean {
  const plain = (text: string) =>
    text
      .trim()
      .toLowerCase()
      .replace(/[-_\s]+/g, ' ');
  const name = image.src.split(/[?#]/)[0].split('/').pop() ?? '';
  const alt = plain(image.alt);
  return alt !== '' && (alt === plain(name) || alt === plain(name.replace(/\.[a-z0-9]+$/i, '')));
}

/** Images need alt text (for screen readers) and a file in public/ (or the page shows a broken image). */
export function checkImages(content: Content): Problem[] {
  const problems: Problem[] = [];
  for (const doc of content.docs) {
    for (const image of doc.images) {
      const base = { file: doc.file, line: image.line };
      // A Figure src in the wrong form is already reported by the component check.
      if (!image.markdown && !image.src.startsWith('/images/')) continue;
      if (image.markdown && image.alt.trim() === '') {
        problems.push({
          ...base,
          message: `the image ${image.src} has no alt text`,
          fix: 'describe the image between the brackets: ![what the image shows](/images/…)',
        });
      }
      // A Figure may have alt="" (decoration), but not alt=" ": that looks like an alt text and is none.
      if (!image.markdown && image.alt !== '' && image.alt.trim() === '') {
        problems.push({
          ...base,
          message: `the image ${image.src} has alt text of only spaces`,
          fix: 'describe the image in alt="…", or write alt="" with nothing between the quotes if it is only decoration',
        });
      }
      if (altIsFileName(image)) {
        problems.push({
          ...base,
          message: `the alt text of the image ${image.src} is its file name ("${image.alt}")`,
          fix: image.markdown
            ? 'describe what the image shows, for people who cannot see it: ![a map of the Netherlands with the dumping sites](/images/…)'
            : 'describe what the image shows in alt="…", for people who cannot see it (alt="" only for pure decoration)',
        });
      }
      if (/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(image.src)) {
        problems.push({
          ...base,
          message: `the image ${image.src} comes from another website`,
          fix: 'save the image under public/images/ and use /images/<name>',
        });
      } else if (!image.src.startsWith('/')) {
        problems.push({
          ...base,
          message: `the image path "${image.src}" is relative`,
          fix: 'write the path from public/, like /images/map.svg',
        });
      } else if (!exists(content.root, image.src)) {
        problems.push({
          ...base,
          message: `the image ${image.src} does not exist (there is no public${image.src})`,
          fix: `add the file public${image.src}, or correct the path`,
        });
      } else {
        problems.push(...fileProblems(content.root, image.src, base));
      }
    }
    const cover = doc.data.image;
    if (doc.kind === 'stories' && typeof cover === 'string' && cover.startsWith('/images/')) {
      if (exists(content.root, cover)) problems.push(...fileProblems(content.root, cover, { file: doc.file, field: 'image' }));
      else
        problems.push({
          file: doc.file,
          field: 'image',
          message: `the image ${cover} does not exist (there is no public${cover})`,
          fix: `add the file public${cover}, or correct the path`,
        });
    }
  }
  return problems;
}
