import type { Locale } from '@/i18n/routing';
import { findByKey } from '@/lib/content';

// The press kit: the campaign's own logo and images (never the Rijksoverheid logo), drawn in
// lib/art/ and rendered at build time (lib/build/press-kit.ts) as SVG plus two PNG sizes.
export const kitItems = [
  { id: 'logo', width: 960, height: 320 },
  { id: 'logo-negative', width: 960, height: 320 },
  { id: 'receipt', width: 1200, height: 1500 },
  { id: 'chain', width: 1600, height: 900 },
] as const;

export type KitItem = (typeof kitItems)[number];
export type KitItemId = KitItem['id'];

export const pngWidths = { web: 1200, high: 4000 } as const;

const folders: Record<Locale, string> = { nl: 'perskit', en: 'press-kit' };
const baseName = (id: KitItemId) => `onzichtbare-rekening-${id}`;

/** Where one language's press kit lives: beside the press room, /nl/pers/perskit/. */
export function kitPath(locale: Locale): string {
  const room = findByKey(locale, 'press');
  if (!room) throw new Error(`There is no ${locale} press page (translationKey: press), so the press kit has no home.`);
  return `${room.url}${folders[locale]}/`;
}

export function kitFiles(locale: Locale, id: KitItemId) {
  const base = `${kitPath(locale)}${baseName(id)}`;
  return { svg: `${base}.svg`, web: `${base}-${pngWidths.web}.png`, high: `${base}-${pngWidths.high}.png` };
}

export const kitZip = (locale: Locale) => `${kitPath(locale)}onzichtbare-rekening-${folders[locale]}.zip`;
