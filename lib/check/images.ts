import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Problem } from '@/lib/content/validate';
import type { Content } from './types';

function exists(root: string, src: string): boolean {
  try {
    return existsSync(path.join(root, 'public', decodeURIComponent(src.split(/[?#]/)[0])));
  } catch {
    return false;
  }
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
      }
    }
    const cover = doc.data.image;
    if (doc.kind === 'stories' && typeof cover === 'string' && cover.startsWith('/images/') && !exists(content.root, cover)) {
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
