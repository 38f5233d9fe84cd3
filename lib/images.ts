import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export type ImageSize = { width: number; height: number };

/** Reads an SVG's own size from its viewBox, so the page reserves the space and nothing shifts. */
export function imageSize(src: string): ImageSize | undefined {
  const file = path.join(process.cwd(), 'public', src);
  if (!src.endsWith('.svg') || !existsSync(file)) return undefined;
  const viewBox = /viewBox="[\d.-]+ [\d.-]+ ([\d.]+) ([\d.]+)"/.exec(readFileSync(file, 'utf8'));
  return viewBox ? { width: Number(viewBox[1]), height: Number(viewBox[2]) } : undefined;
}
