import { inflateSync } from 'node:zlib';
import PDFDocument from 'pdfkit';
import { artFonts } from './fonts';

// Text measured with the same font files satori draws with, so a layout can wrap lines itself and
// know they fit before anything is drawn. pdfkit (a dependency for the posters) reads the WOFF files
// through fontkit; one document without pages serves as the measuring tape for every card.

export const fontKeys = ['sans', 'sansBold', 'mono', 'monoBold'] as const;
export type FontKey = (typeof fontKeys)[number];

/** Which of the art fonts (lib/art/fonts.ts) each key is: family and weight, as satori names them. */
export const fontFaces: Record<FontKey, { family: 'Sans' | 'Mono'; weight: 400 | 600 | 700 }> = {
  sans: { family: 'Sans', weight: 400 },
  sansBold: { family: 'Sans', weight: 700 },
  mono: { family: 'Mono', weight: 400 },
  monoBold: { family: 'Mono', weight: 600 },
};

/**
 * A WOFF 1.0 file unpacked into the plain TrueType font it wraps: each table inflated and laid out
 * behind a new table directory. fontkit (inside pdfkit) reads WOFF itself, but misreads Plex Mono's
 * empty space glyph and throws, and embeds WOFF2 fonts with no visible glyphs at all. Unpacked, the
 * very files satori draws with measure and embed correctly.
 */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.toString('latin1', 0, 4) !== 'wOFF') throw new Error('not a WOFF 1.0 file');
  const count = woff.readUInt16BE(12);
  const selector = Math.floor(Math.log2(count));
  const range = 2 ** selector * 16;
  const head = Buffer.alloc(12 + 16 * count);
  head.writeUInt32BE(woff.readUInt32BE(4), 0);
  head.writeUInt16BE(count, 4);
  head.writeUInt16BE(range, 6);
  head.writeUInt16BE(selector, 8);
  head.writeUInt16BE(count * 16 - range, 10);
  const bodies: Buffer[] = [];
  let offset = head.length;
  for (let index = 0; index < count; index += 1) {
    const entry = 44 + index * 20;
    const [start, packed, length] = [woff.readUInt32BE(entry + 4), woff.readUInt32BE(entry + 8), woff.readUInt32BE(entry + 12)];
    const raw = woff.subarray(start, start + packed);
    const data = packed < length ? inflateSync(raw) : raw;
    const at = 12 + index * 16;
    head.writeUInt32BE(woff.readUInt32BE(entry), at); // tag
    head.writeUInt32BE(woff.readUInt32BE(entry + 16), at + 4); // checksum
    head.writeUInt32BE(offset, at + 8);
    head.writeUInt32BE(length, at + 12);
    const padded = Buffer.alloc((data.length + 3) & ~3);
    data.copy(padded);
    bodies.push(padded);
    offset += padded.length;
  }
  return Buffer.concat([head, ...bodies]);
}

const cache = new Map<FontKey, Buffer>();

/** The TrueType data of a key's font (lib/art/fonts.ts), for pdfkit. */
export function fontData(key: FontKey): Buffer {
  const face = fontFaces[key];
  if (!cache.has(key)) {
    const font = artFonts().find((candidate) => candidate.name === face.family && candidate.weight === face.weight);
    if (!font) throw new Error(`lib/art/fonts.ts has no ${face.family} ${face.weight}`);
    cache.set(key, woffToSfnt(font.data));
  }
  return cache.get(key)!;
}

/** Registers the four art fonts on a pdfkit document under their keys. */
export function registerFonts(doc: PDFKit.PDFDocument): void {
  for (const key of fontKeys) doc.registerFont(key, fontData(key));
}

let tape: PDFKit.PDFDocument | undefined;

/** The width of a text at a font size, in the same units as the size. */
export function textWidth(text: string, font: FontKey, size: number): number {
  if (!tape) {
    tape = new PDFDocument({ autoFirstPage: false });
    registerFonts(tape);
  }
  return tape.font(font).fontSize(size).widthOfString(text);
}

/**
 * Greedy word wrap at spaces, as a reader expects; `undefined` when one word alone is wider than
 * the line (a long Dutch compound), so the caller takes a smaller size rather than break the word.
 */
export function wrap(text: string, font: FontKey, size: number, width: number): string[] | undefined {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (textWidth(word, font, size) > width) return undefined;
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, font, size) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}
