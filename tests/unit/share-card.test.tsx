import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { accentOnNight } from '@/lib/art/palette';
import { toPng, toSvg } from '@/lib/art/render';
import { ShareCard, shareCardSize } from '@/lib/art/share-card';
import type { Theme } from '@/lib/art/themes';

// A theme page's link preview carries its drawing, whose accent is the night accent; the other
// pages keep the campaign's receipt mark, which has none of that colour.
const { width, height } = shareCardSize;
const [r, g, b] = [1, 3, 5].map((at) => parseInt(accentOnNight.slice(at, at + 2), 16));

async function accentPixels(theme?: Theme): Promise<number> {
  const card = (
    <ShareCard
      kicker="Kassabon"
      title="Titel"
      description="Omschrijving"
      total="Totaal"
      totalValue="Meer"
      domain="example.nl"
      theme={theme}
    />
  );
  const png = toPng(await toSvg(card, shareCardSize), width);
  const pixels = new Resvg(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image width="${width}" height="${height}" href="data:image/png;base64,${png.toString('base64')}"/></svg>`,
  ).render().pixels;
  let count = 0;
  for (let at = 0; at < pixels.length; at += 4) {
    if (Math.abs(pixels[at] - r) + Math.abs(pixels[at + 1] - g) + Math.abs(pixels[at + 2] - b) < 30) count += 1;
  }
  return count;
}

describe('share card', () => {
  it('shows a theme page its drawing, in the night accent', async () => {
    expect(await accentPixels('environment')).toBeGreaterThan(100);
  });

  it('shows the receipt mark on other pages', async () => {
    expect(await accentPixels()).toBe(0);
  });
});
