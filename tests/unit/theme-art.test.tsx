// @vitest-environment node
import { Resvg } from '@resvg/resvg-js';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { toPng, toSvg } from '@/lib/art/render';
import { ThemeArt, themes } from '@/lib/art/themes';

// The theme drawings are used twice: inline on the site (React) and in share images (satori and
// resvg). Both must get a small, decorative line drawing that follows the text colour.
describe('theme drawings on the site', () => {
  it.each(themes)('%s: a small decorative svg in the text colour', (theme) => {
    const svg = renderToStaticMarkup(<ThemeArt theme={theme} />);
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 96 96"/);
    expect(svg).toContain('width="96"');
    expect(svg).toContain('aria-hidden="true"');
    expect(svg).toContain('focusable="false"');
    expect(svg).toContain('stroke="currentColor"');
    // Only shapes satori and resvg draw the same way; no text, title, ids, filters or gradients.
    const tags = [...svg.matchAll(/<(\w+)/g)].map((match) => match[1]);
    expect(tags.filter((tag) => !['svg', 'path', 'line', 'circle', 'rect', 'polyline'].includes(tag))).toEqual([]);
    expect(svg).not.toMatch(/<text|<title| id=|filter|gradient|style=/i);
    expect(svg.length).toBeLessThan(1500);
  });

  it('takes its size, accent and class', () => {
    const svg = renderToStaticMarkup(<ThemeArt theme="health" size={48} accent="#b3261e" className="text-accent" />);
    expect(svg).toContain('width="48"');
    expect(svg).toContain('height="48"');
    expect(svg).toContain('stroke="#b3261e"');
    expect(svg).toContain('class="text-accent"');
  });
});

describe('theme drawings in satori', () => {
  const ink = [0, 0, 255];
  const accent = [255, 0, 0];
  const size = 96;

  // resvg decodes the PNG again (as an image in an svg), so the test reads the pixels that were written.
  const pixelsOf = (png: Buffer) =>
    new Resvg(
      `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}"><image width="${size}" height="${size}" href="data:image/png;base64,${png.toString('base64')}"/></svg>`,
    ).render().pixels;

  it.each(themes)('%s: draws lines in the ink colour and the accent', async (theme) => {
    const node = (
      <div style={{ display: 'flex', color: `rgb(${ink})` }}>
        <ThemeArt theme={theme} size={size} accent={`rgb(${accent})`} />
      </div>
    );
    const pixels = pixelsOf(toPng(await toSvg(node, { width: size, height: size }), size));
    let drawn = 0;
    let inInk = 0;
    let inAccent = 0;
    for (let at = 0; at < pixels.length; at += 4) {
      if (pixels[at + 3] === 0) continue;
      drawn += 1;
      if (pixels[at + 2] > 200 && pixels[at] < 50) inInk += 1;
      if (pixels[at] > 200 && pixels[at + 2] < 50) inAccent += 1;
    }
    // Line art: something is drawn, but most of the square stays transparent.
    expect(drawn / (size * size)).toBeGreaterThan(0.05);
    expect(drawn / (size * size)).toBeLessThan(0.5);
    expect(inInk).toBeGreaterThan(100);
    expect(inAccent).toBeGreaterThan(20);
  });
});
