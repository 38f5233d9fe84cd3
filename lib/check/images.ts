import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Problem } from '@/lib/content/validate';
import { kindOfName, readImage } from './image-files';
import type { Content, Image } from './types';
import { inLang } from './lang';

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
        message: {
          nl: `het bestand public${src} is geen afbeelding die een browser kan tonen`,
          en: `the file public${src} is not an image a browser can show`,
        },
        fix: {
          nl: 'open het in een fotoprogramma en sla het opnieuw op (exporteer) als JPEG, PNG of WebP. Een foto van een iPhone is vaak HEIC, en dat tonen browsers niet',
          en: 'open it in an image program and save (export) it again as JPEG, PNG or WebP. A photo from an iPhone is often HEIC, which browsers do not show',
        },
      },
    ];
  }
  if (named && named !== info.kind) {
    return [
      {
        ...where,
        message: {
          nl: `het bestand public${src} is een ${info.kind}-afbeelding, maar de naam zegt ${named}`,
          en: `the file public${src} is a ${info.kind} image, but its name says ${named}`,
        },
        fix: {
          nl: `sla het opnieuw op als ${named}, of geef het bestand een naam die eindigt op .${info.kind === 'JPEG' ? 'jpg' : info.kind.toLowerCase()} en pas ook het pad in de pagina aan`,
          en: `save it again as ${named}, or rename the file to end in .${info.kind === 'JPEG' ? 'jpg' : info.kind.toLowerCase()} and change the path in the page too`,
        },
      },
    ];
  }
  if (bytes.length <= MAX_BYTES) return [];
  const pixels =
    info.width && info.height
      ? { nl: ` (nu is ze ${info.width} × ${info.height} pixels)`, en: ` (it is now ${info.width} × ${info.height} pixels)` }
      : '';
  return [
    {
      ...where,
      message: {
        nl: `de afbeelding ${src} is ${sizeOf(bytes.length)}, meer dan de ${sizeOf(MAX_BYTES)} die een afbeelding op de site mag zijn: ze laadt traag op een telefoon`,
        en: `the image ${src} is ${sizeOf(bytes.length)}, more than the ${sizeOf(MAX_BYTES)} an image on the site may be: it loads slowly on a phone`,
      },
      fix:
        info.kind === 'SVG'
          ? {
              nl: 'maak de tekening eenvoudiger, of haal weg wat niet nodig is met een hulpmiddel zoals SVGOMG (jakearchibald.github.io/svgomg)',
              en: 'make the drawing simpler, or remove what it does not need with a tool such as SVGOMG (jakearchibald.github.io/svgomg)',
            }
          : {
              nl: `maak haar hoogstens 1600 pixels breed${inLang(pixels, 'nl')} en sla haar op als JPEG of WebP met ongeveer 80% kwaliteit, bijvoorbeeld met squoosh.app`,
              en: `make it at most 1600 pixels wide${inLang(pixels, 'en')} and save it as JPEG or WebP at about 80% quality, for example with squoosh.app`,
            },
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
          message: { nl: `de afbeelding ${image.src} heeft geen alt-tekst`, en: `the image ${image.src} has no alt text` },
          fix: {
            nl: 'beschrijf de afbeelding tussen de haken: ![wat er op de afbeelding staat](/images/…)',
            en: 'describe the image between the brackets: ![what the image shows](/images/…)',
          },
        });
      }
      // A Figure may have alt="" (decoration), but not alt=" ": that looks like an alt text and is none.
      if (!image.markdown && image.alt !== '' && image.alt.trim() === '') {
        problems.push({
          ...base,
          message: {
            nl: `de afbeelding ${image.src} heeft een alt-tekst van alleen spaties`,
            en: `the image ${image.src} has alt text of only spaces`,
          },
          fix: {
            nl: 'beschrijf de afbeelding in alt="…", of schrijf alt="" met niets tussen de aanhalingstekens als ze alleen versiering is',
            en: 'describe the image in alt="…", or write alt="" with nothing between the quotes if it is only decoration',
          },
        });
      }
      if (altIsFileName(image)) {
        problems.push({
          ...base,
          message: {
            nl: `de alt-tekst van de afbeelding ${image.src} is de bestandsnaam ("${image.alt}")`,
            en: `the alt text of the image ${image.src} is its file name ("${image.alt}")`,
          },
          fix: image.markdown
            ? {
                nl: 'beschrijf wat er op de afbeelding staat, voor wie haar niet kan zien: ![een kaart van Nederland met de dumpplekken](/images/…)',
                en: 'describe what the image shows, for people who cannot see it: ![a map of the Netherlands with the dumping sites](/images/…)',
              }
            : {
                nl: 'beschrijf in alt="…" wat er op de afbeelding staat, voor wie haar niet kan zien (alt="" alleen voor versiering)',
                en: 'describe what the image shows in alt="…", for people who cannot see it (alt="" only for pure decoration)',
              },
        });
      }
      if (/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(image.src)) {
        problems.push({
          ...base,
          message: {
            nl: `de afbeelding ${image.src} komt van een andere website`,
            en: `the image ${image.src} comes from another website`,
          },
          fix: {
            nl: 'zet de afbeelding in public/images/ en gebruik /images/<naam>',
            en: 'save the image under public/images/ and use /images/<name>',
          },
        });
      } else if (!image.src.startsWith('/')) {
        problems.push({
          ...base,
          message: { nl: `het pad van de afbeelding "${image.src}" is relatief`, en: `the image path "${image.src}" is relative` },
          fix: { nl: 'schrijf het pad vanaf public/, zoals /images/kaart.svg', en: 'write the path from public/, like /images/map.svg' },
        });
      } else if (!exists(content.root, image.src)) {
        problems.push({
          ...base,
          message: {
            nl: `de afbeelding ${image.src} bestaat niet (er is geen public${image.src})`,
            en: `the image ${image.src} does not exist (there is no public${image.src})`,
          },
          fix: {
            nl: `zet het bestand public${image.src} neer, of verbeter het pad`,
            en: `add the file public${image.src}, or correct the path`,
          },
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
          message: {
            nl: `de afbeelding ${cover} bestaat niet (er is geen public${cover})`,
            en: `the image ${cover} does not exist (there is no public${cover})`,
          },
          fix: { nl: `zet het bestand public${cover} neer, of verbeter het pad`, en: `add the file public${cover}, or correct the path` },
        });
    }
  }
  return problems;
}
