// What an image file really is, read from its first bytes rather than its name: a photo from a phone
// saved as .jpg may be HEIC, and a file that is not an image shows as a broken image on the page.

export type ImageKind = 'PNG' | 'JPEG' | 'GIF' | 'WebP' | 'AVIF' | 'SVG';
export type ImageInfo = { kind: ImageKind; width?: number; height?: number };

/** The kind the file name promises, from its extension. */
export function kindOfName(name: string): ImageKind | undefined {
  const ext = /\.([a-z]+)$/i.exec(name)?.[1].toLowerCase();
  const kinds: Record<string, ImageKind> = { png: 'PNG', jpg: 'JPEG', jpeg: 'JPEG', gif: 'GIF', webp: 'WebP', avif: 'AVIF', svg: 'SVG' };
  return ext ? kinds[ext] : undefined;
}

const ascii = (bytes: Buffer, from: number, to: number) => bytes.subarray(from, to).toString('latin1');

/** The kind and size in pixels of an image file; undefined when it is no image a browser shows. */
export function readImage(bytes: Buffer): ImageInfo | undefined {
  if (bytes.length >= 24 && bytes.readUInt32BE(0) === 0x89504e47 && ascii(bytes, 12, 16) === 'IHDR')
    return sized('PNG', bytes.readUInt32BE(16), bytes.readUInt32BE(20));
  if (bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return jpeg(bytes);
  if (bytes.length >= 10 && /^GIF8[79]a$/.test(ascii(bytes, 0, 6))) return sized('GIF', bytes.readUInt16LE(6), bytes.readUInt16LE(8));
  if (bytes.length >= 30 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return webp(bytes);
  // AVIF is an ISO box file: an "ftyp" box whose brands include avif (a still image) or avis (a sequence).
  if (bytes.length >= 16 && ascii(bytes, 4, 8) === 'ftyp' && /avi[fs]/.test(ascii(bytes, 8, Math.min(bytes.length, bytes.readUInt32BE(0)))))
    return { kind: 'AVIF' };
  return svg(bytes);
}

function sized(kind: ImageKind, width: number, height: number): ImageInfo | undefined {
  return width > 0 && height > 0 ? { kind, width, height } : undefined;
}

/** JPEG: walk the segments to the frame header (SOF), which holds the size. */
function jpeg(bytes: Buffer): ImageInfo | undefined {
  let at = 2;
  while (at + 9 < bytes.length && bytes[at] === 0xff) {
    const marker = bytes[at + 1];
    if (marker === 0xff) {
      at += 1; // padding before a marker
      continue;
    }
    const isFrame = marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker);
    if (isFrame) return sized('JPEG', bytes.readUInt16BE(at + 7), bytes.readUInt16BE(at + 5));
    at += 2 + bytes.readUInt16BE(at + 2);
  }
  return undefined;
}

/** WebP: the size sits in the first chunk, in one of three layouts (lossy, lossless, extended). */
function webp(bytes: Buffer): ImageInfo | undefined {
  const chunk = ascii(bytes, 12, 16);
  if (chunk === 'VP8X') return sized('WebP', bytes.readUIntLE(24, 3) + 1, bytes.readUIntLE(27, 3) + 1);
  if (chunk === 'VP8L') {
    const bits = bytes.readUInt32LE(21);
    return sized('WebP', (bits & 0x3fff) + 1, ((bits >> 14) & 0x3fff) + 1);
  }
  if (chunk === 'VP8 ') return sized('WebP', bytes.readUInt16LE(26) & 0x3fff, bytes.readUInt16LE(28) & 0x3fff);
  return undefined;
}

/** SVG is text: an <svg> element (after an optional XML line, comments and doctype) that closes. */
function svg(bytes: Buffer): ImageInfo | undefined {
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  const start = text.replace(/^(<\?xml[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>|\s)*/i, '');
  return /^<svg[\s>]/.test(start) && /<\/svg>\s*$|<svg[^>]*\/>\s*$/.test(text) ? { kind: 'SVG' } : undefined;
}
