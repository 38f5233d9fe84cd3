import type { ReactNode } from 'react';
import { Resvg, renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';
import satori from 'satori';
import { artFonts } from './fonts';

export type Size = { width: number; height: number };

/** JSX (flexbox only, as satori supports) to a self-contained SVG: text becomes paths. */
export function toSvg(node: ReactNode, size: Size): Promise<string> {
  return satori(node, { ...size, fonts: artFonts() });
}

const options = (width: number): ResvgRenderOptions => ({ fitTo: { mode: 'width', value: width }, font: { loadSystemFonts: false } });

/** An SVG to a PNG of the given width; resvg keeps the aspect ratio. */
export function toPng(svg: string, width: number): Buffer {
  return new Resvg(svg, options(width)).render().asPng();
}

/**
 * The same off the main thread: resvg renders on libuv's thread pool, so satori can lay out the next
 * card meanwhile and a build with many images (the partner kit) uses every core.
 */
export async function toPngAsync(svg: string, width: number): Promise<Buffer> {
  return (await renderAsync(svg, options(width))).asPng();
}
