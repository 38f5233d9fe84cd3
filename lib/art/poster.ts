import PDFDocument from 'pdfkit';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { CardLayout, Item } from './fact-card-layout';
import { ruleThickness } from './fact-card-layout';
import { registerFonts } from './measure';
import { palette } from './palette';
import { receiptPath } from './parts';
import { ThemeArt, type Drawing } from './themes';

// The A4 poster, drawn as vectors with pdfkit rather than as an embedded picture. A PNG sharp
// enough for print (300 dpi, 2480 × 3508 px) would be about 1 MB a poster and the slowest thing in
// the build; vectors print sharp at any size, and the fonts go in as subsets of the site's own
// WOFF2 files (nothing is fetched), so a poster is some tens of kB. The layout is the cards' own
// (lib/art/fact-card-layout.ts), on white paper, since a printer cannot print to the edge and a
// full night-blue page would empty the cartridge.

const A4 = { width: 595.28, height: 841.89 } as const;

export type PosterInfo = { title: string; author: string; subject: string; lang: string; date: Date };

type Shape = { tag: string; attrs: Record<string, string> };

/** The theme drawing's shapes, read from the same React component the site and satori draw. */
function themeShapes(theme: Drawing): Shape[] {
  const markup = renderToStaticMarkup(createElement(ThemeArt, { theme, accent: palette.accent }));
  return [...markup.matchAll(/<(path|line|rect|circle)\b([^>]*?)\/?>/g)].map(([, tag, rest]) => ({
    tag,
    attrs: Object.fromEntries([...rest.matchAll(/([\w-]+)="([^"]*)"/g)].map(([, name, value]) => [name, value])),
  }));
}

function drawArt(doc: PDFKit.PDFDocument, item: Extract<Item, { kind: 'art' }>) {
  doc.save();
  doc.translate(item.x, item.y).scale(item.size / 96);
  doc.lineWidth(3).lineCap('round').lineJoin('round');
  for (const { tag, attrs } of themeShapes(item.theme)) {
    const n = (name: string) => Number(attrs[name] ?? 0);
    if (tag === 'path') doc.path(attrs.d);
    else if (tag === 'line') doc.moveTo(n('x1'), n('y1')).lineTo(n('x2'), n('y2'));
    else if (tag === 'rect') doc.roundedRect(n('x'), n('y'), n('width'), n('height'), n('rx'));
    else doc.circle(n('cx'), n('cy'), n('r'));
    const dash = attrs['stroke-dasharray']?.split(/[\s,]+/).map(Number);
    if (dash) doc.dash(dash[0], { space: dash[1] });
    const stroke = !attrs.stroke || attrs.stroke === 'currentColor' ? palette.ink : attrs.stroke;
    if (attrs.fill && attrs.fill !== 'none') doc.fillAndStroke(attrs.fill, stroke);
    else doc.stroke(stroke);
    if (dash) doc.undash();
  }
  doc.restore();
}

type FontMetrics = { ascender: number; descender: number };

function drawChart(doc: PDFKit.PDFDocument, item: Extract<Item, { kind: 'chart' }>) {
  doc.save().translate(item.x, item.y);
  doc.moveTo(0, item.baseline).lineTo(item.width, item.baseline).lineWidth(2).stroke(palette.rule);
  doc.lineWidth(item.stroke).lineCap('round').lineJoin('round');
  if (item.measured) doc.path(item.measured).stroke(palette.accent);
  if (item.gaps)
    doc
      .path(item.gaps)
      .dash(item.stroke * 2, { space: item.stroke * 3 })
      .stroke(palette.accent)
      .undash();
  for (const dot of item.dots) doc.circle(dot.x, dot.y, item.radius).fill(palette.accent);
  doc.restore();
}

function drawItem(doc: PDFKit.PDFDocument, item: Item) {
  if (item.kind === 'art') return drawArt(doc, item);
  if (item.kind === 'chart') return drawChart(doc, item);
  if (item.kind === 'text') {
    doc.font(item.font).fontSize(item.size);
    // The baseline where satori puts it: the font's ascent-to-descent box centred in the line box.
    // pdfkit keeps the metrics of the current font (per 1000 units) on a field its types do not name.
    const { ascender, descender } = (doc as unknown as { _font: FontMetrics })._font;
    const baseline = item.y + (item.lineHeight - ((ascender - descender) / 1000) * item.size) / 2 + (ascender / 1000) * item.size;
    doc.fillColor(item.color).text(item.text, item.x, baseline, { lineBreak: false, baseline: 'alphabetic' });
    return;
  }
  if (item.kind === 'dashed') {
    const middle = item.y + ruleThickness.dashed / 2;
    doc
      .moveTo(item.x, middle)
      .lineTo(item.x + item.width, middle)
      .lineWidth(ruleThickness.dashed)
      .dash(12, { space: 8 })
      .stroke(palette.rule)
      .undash();
    return;
  }
  const line = ruleThickness.double / 3;
  for (const offset of [line / 2, ruleThickness.double - line / 2])
    doc
      .moveTo(item.x, item.y + offset)
      .lineTo(item.x + item.width, item.y + offset)
      .lineWidth(line)
      .stroke(palette.ink);
}

/** A one-page A4 PDF of a poster layout. */
export function renderPoster(layout: CardLayout, info: PosterInfo): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 0,
    lang: info.lang,
    displayTitle: true,
    // A fixed date keeps the file the same from build to build while the fact is the same.
    info: { Title: info.title, Author: info.author, Subject: info.subject, CreationDate: info.date, ModDate: info.date },
  });
  registerFonts(doc);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.scale(A4.width / layout.width);
  const { paper } = layout;
  doc.save().translate(paper.x, paper.y);
  doc
    .path(receiptPath(paper.width, paper.height, paper.tooth))
    .lineWidth(2)
    .fillAndStroke(palette.paper, palette.rule);
  doc.restore();
  for (const item of layout.items) drawItem(doc, item);
  doc.end();
  return done;
}
