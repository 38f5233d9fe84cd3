import type { ReactNode } from 'react';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { artFonts } from './fonts';

export type Size = { width: number; height: number };

/** JSX (flexbox only, as satori supports) to a self-contained SVG: text becomes paths. */
export function toSvg(node: ReactNode, size: Size): Promise<string> {
  return satori(node, { ...size, fonts: artFonts() });
}

/** An SVG to a PNG of the given width; resvg keeps the aspect ratio. */
export function toPng(svg: string, width: number): Buffer {
  return new Resvg(svg, { fitTo: { mode: 'width', value: width }, font: { loadSystemFonts: false } }).render().asPng();
}
