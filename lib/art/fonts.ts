import { readFileSync } from 'node:fs';
import path from 'node:path';

// The site's own fonts, from the @fontsource packages: nothing is fetched. Satori reads WOFF
// (not WOFF2) and turns every letter into a path, so the SVGs it makes need no fonts at all.
const file = (pkg: string, name: string) => readFileSync(path.join(process.cwd(), 'node_modules/@fontsource', pkg, 'files', name));

type FontWeight = 400 | 600 | 700;
export type ArtFont = { name: string; data: Buffer; weight: FontWeight; style: 'normal' };

let cache: ArtFont[] | undefined;

export function artFonts(): ArtFont[] {
  cache ??= [
    { name: 'Sans', data: file('atkinson-hyperlegible', 'atkinson-hyperlegible-latin-400-normal.woff'), weight: 400, style: 'normal' },
    { name: 'Sans', data: file('atkinson-hyperlegible', 'atkinson-hyperlegible-latin-700-normal.woff'), weight: 700, style: 'normal' },
    { name: 'Mono', data: file('ibm-plex-mono', 'ibm-plex-mono-latin-400-normal.woff'), weight: 400, style: 'normal' },
    { name: 'Mono', data: file('ibm-plex-mono', 'ibm-plex-mono-latin-600-normal.woff'), weight: 600, style: 'normal' },
  ];
  return cache;
}
