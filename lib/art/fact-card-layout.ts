import { trendGeometry } from '@/lib/charts/trend';
import type { CardText, CardTrend, KitFormat } from '@/lib/facts/kit';
import { palette } from './palette';
import { textWidth, wrap, type FontKey } from './measure';
import type { Drawing } from './themes';

// One layout for a fact's card, worked out here in pixels with measured text, and drawn twice: by
// satori as a PNG (lib/art/fact-card.tsx) and by pdfkit as a vector A4 poster (lib/art/poster.ts).
// The layout wraps every line itself and shrinks the text until it all fits on the receipt, so a
// long Dutch compound or a long caveat can never run off the paper, and both drawings agree.

export type TextLine = {
  kind: 'text';
  x: number;
  y: number;
  size: number;
  lineHeight: number;
  font: FontKey;
  color: string;
  text: string;
  width: number;
};
export type Rule = { kind: 'dashed' | 'double'; x: number; y: number; width: number };
export type Art = { kind: 'art'; x: number; y: number; size: number; theme: Drawing };
/** A trend's lines and dots (lib/charts/trend.ts), in a box at x, y; its labels are TextLines. */
export type Chart = {
  kind: 'chart';
  x: number;
  y: number;
  width: number;
  height: number;
  measured: string;
  gaps: string;
  baseline: number;
  dots: { x: number; y: number }[];
  stroke: number;
  radius: number;
};
export type Item = TextLine | Rule | Art | Chart;
export type Box = { x: number; y: number; width: number; height: number };
export type CardLayout = {
  format: KitFormat;
  width: number;
  height: number;
  paper: Box & { tooth: number };
  content: Box;
  items: Item[];
  scale: number;
};

type Sizes = {
  brand: number;
  topic: number;
  figure: number;
  words: number;
  statement: number;
  meta: number;
  caveat: number;
  domain: number;
  help: number;
  chart: number;
};
type Spec = {
  width: number;
  height: number;
  paper: Box & { tooth: number };
  pad: { top: number; side: number; bottom: number };
  art: number;
  sizes: Sizes;
  help: boolean;
  gap: number;
};

// The poster's canvas has A4's proportions (1 : √2) at the cards' width, so one set of numbers serves all three.
export const posterCanvas = { width: 1080, height: Math.round(1080 * Math.SQRT2) } as const;

const specs: Record<KitFormat, Spec> = {
  square: {
    width: 1080,
    height: 1080,
    paper: { x: 70, y: 0, width: 940, height: 1050, tooth: 18 },
    pad: { top: 52, side: 60, bottom: 30 },
    art: 124,
    sizes: { brand: 28, topic: 26, figure: 124, words: 44, statement: 42, meta: 27, caveat: 27, domain: 30, help: 24, chart: 170 },
    help: false,
    gap: 22,
  },
  story: {
    width: 1080,
    height: 1920,
    paper: { x: 60, y: 0, width: 960, height: 1840, tooth: 22 },
    pad: { top: 110, side: 72, bottom: 44 },
    art: 210,
    sizes: { brand: 36, topic: 33, figure: 180, words: 60, statement: 54, meta: 36, caveat: 35, domain: 40, help: 33, chart: 320 },
    help: true,
    gap: 36,
  },
  poster: {
    ...posterCanvas,
    paper: { x: 64, y: 64, width: 952, height: posterCanvas.height - 128, tooth: 20 },
    pad: { top: 64, side: 68, bottom: 40 },
    art: 190,
    sizes: { brand: 33, topic: 30, figure: 170, words: 56, statement: 50, meta: 32, caveat: 31, domain: 36, help: 30, chart: 280 },
    help: true,
    gap: 32,
  },
};

const lineHeights = { figure: 1.08, words: 1.2, meta: 1.32, header: 1.25 } as const;
const ruleHeight = { dashed: 4, double: 10 } as const;

type Block = { lines: string[]; font: FontKey; size: number; lineHeight: number; color: string; after: number };
/** A trend chart in the body: drawn at its place by `draw`, which returns its items. */
type ChartBlock = { height: number; after: number; draw: (x: number, y: number) => Item[] };

const blockHeight = (block: Block | ChartBlock) =>
  ('draw' in block ? block.height : block.lines.length * block.size * block.lineHeight) + block.after;

/**
 * A fact's series as a small chart the width of the text: value labels over the dots, periods under
 * the zero line, the same geometry as the site's <Trend> (the value axis starts at zero, a dashed
 * line spans years without a figure).
 */
function chartBlock(trend: CardTrend, width: number, height: number, labelSize: number, after: number): ChartBlock {
  const line = labelSize * lineHeights.meta;
  const widest = Math.max(
    ...trend.values.map((value) => textWidth(value, 'sansBold', labelSize)),
    ...trend.periods.map((period) => textWidth(period, 'mono', labelSize)),
  );
  const side = widest / 2 + 4;
  const padding = { top: line + 8, right: side, bottom: line + 8, left: side };
  const geometry = trendGeometry(trend.points, { width, height, padding });
  const label = (text: string, font: FontKey, x: number, y: number, color: string): TextLine => {
    const measured = textWidth(text, font, labelSize);
    return { kind: 'text', x: x - measured / 2, y, size: labelSize, lineHeight: line, font, color, text, width: measured };
  };
  return {
    height,
    after,
    draw: (x, y) => [
      {
        kind: 'chart',
        x,
        y,
        width,
        height,
        measured: geometry.measured,
        gaps: geometry.gaps,
        baseline: geometry.baseline.y,
        dots: geometry.points.map((point) => ({ x: point.x, y: point.y })),
        stroke: Math.max(2, labelSize / 6),
        radius: Math.max(4, labelSize / 3.5),
      },
      ...geometry.points.flatMap((point, index) => [
        label(trend.values[index], 'sansBold', x + point.x, y + point.y - line - 6, palette.ink),
        label(trend.periods[index], 'mono', x + point.x, y + geometry.baseline.y + 6, palette.muted),
      ]),
    ],
  };
}

/** The largest size at or below `size` at which the text takes at most `maxLines` lines, with no word broken. */
function shrinkToLines(text: string, font: FontKey, size: number, width: number, maxLines: number): { size: number; lines: string[] } {
  for (let current = size; current >= 12; current = Math.floor(current * 0.94)) {
    const lines = wrap(text, font, current, width);
    if (lines && lines.length <= maxLines) return { size: current, lines };
  }
  throw new Error(`"${text}" does not fit on ${maxLines} line(s) of ${width} px`);
}

// Below 60 % the small print of a card would be too small to read on a phone: better to stop the build.
const smallest = 0.6;

/** The layout of one card. Throws, naming the format, when the text does not fit even at 60 %. */
export function layoutCard(text: CardText, format: KitFormat): CardLayout {
  const spec = specs[format];
  const { paper, pad, sizes, gap } = spec;
  const content: Box = {
    x: paper.x + pad.side,
    y: paper.y + pad.top,
    width: paper.width - 2 * pad.side,
    height: paper.height - paper.tooth - pad.top - pad.bottom,
  };
  // Measuring and drawing may differ by a hair (kerning): lines are wrapped 2 % narrower than the paper.
  const measure = content.width * 0.98;
  const items: Item[] = [];
  const push = (block: Block | ChartBlock, x: number, y: number) => {
    if ('draw' in block) {
      items.push(...block.draw(x, y));
      return y + blockHeight(block);
    }
    block.lines.forEach((line, index) =>
      items.push({
        kind: 'text',
        x,
        y: y + index * block.size * block.lineHeight,
        size: block.size,
        lineHeight: block.size * block.lineHeight,
        font: block.font,
        color: block.color,
        text: line,
        width: textWidth(line, block.font, block.size),
      }),
    );
    return y + blockHeight(block);
  };

  // The head: the theme's drawing, and beside it the campaign's name and the topic, as on a till receipt.
  items.push({ kind: 'art', x: content.x, y: content.y, size: spec.art, theme: text.theme });
  const headX = content.x + spec.art + gap;
  const headWidth = content.x + content.width - headX;
  const brand = shrinkToLines(`*** ${text.brand.toLocaleUpperCase()} ***`, 'monoBold', sizes.brand, headWidth * 0.98, 1);
  const topic = shrinkToLines(text.topic.toLocaleUpperCase(), 'mono', sizes.topic, headWidth * 0.98, 1);
  const head: Block[] = [
    { ...brand, font: 'monoBold', lineHeight: lineHeights.header, color: palette.ink, after: sizes.topic * 0.4 },
    { ...topic, font: 'mono', lineHeight: lineHeights.header, color: palette.muted, after: 0 },
  ];
  const headHeight = head.reduce((sum, block) => sum + blockHeight(block), 0);
  let y = content.y + Math.max(0, (spec.art - headHeight) / 2);
  for (const block of head) y = push(block, headX, y);
  const firstRule = content.y + spec.art + gap;
  items.push({ kind: 'dashed', x: content.x, y: firstRule, width: content.width });

  // The foot, from the bottom up: the campaign's address, the help page, and the receipt's double rule.
  const foot: Block[] = [
    ...(spec.help
      ? [
          {
            ...shrinkToLines(text.help, 'sans', sizes.help, measure, 1),
            font: 'sans' as const,
            lineHeight: lineHeights.meta,
            color: palette.ink,
            after: 4,
          },
        ]
      : []),
    {
      ...shrinkToLines(text.domain, 'monoBold', sizes.domain, measure, 1),
      font: 'monoBold',
      lineHeight: lineHeights.header,
      color: palette.accent,
      after: 0,
    },
  ];
  const footHeight = foot.reduce((sum, block) => sum + blockHeight(block), 0);
  const footTop = content.y + content.height - footHeight;
  const doubleRule = footTop - gap - ruleHeight.double;
  items.push({ kind: 'double', x: content.x, y: doubleRule, width: content.width });
  let footY = footTop;
  for (const block of foot) footY = push(block, content.x, footY);

  // The body between the rules: the figure and its label (or the fact's text), then period, source
  // and caveat. Everything shrinks together, so the figure stays the largest thing on the card.
  const top = firstRule + ruleHeight.dashed + gap;
  const room = doubleRule - gap - top;
  for (let scale = 1; scale >= smallest - 1e-9; scale -= 0.02) {
    const body: (Block | ChartBlock)[] = [];
    const add = (value: string | undefined, font: FontKey, size: number, lineHeight: number, color: string, after: number) => {
      if (value === undefined) return true;
      // A word wider than the paper (a long Dutch compound) makes its own block smaller, not the whole card.
      for (let fitted = size; fitted >= size * 0.5; fitted *= 0.95) {
        const lines = wrap(value, font, fitted, measure);
        if (lines) {
          body.push({ lines, font, size: fitted, lineHeight, color, after });
          return true;
        }
      }
      return false;
    };
    let fits = true;
    const afterWords = text.trend ? gap * 1.5 : 0;
    if (text.figure) {
      const figure = shrinkToLines(text.figure, 'monoBold', sizes.figure * scale, measure, 2);
      body.push({ ...figure, font: 'monoBold', lineHeight: lineHeights.figure, color: palette.accent, after: sizes.words * scale * 0.25 });
      fits = add(text.words, 'sansBold', sizes.words * scale, lineHeights.words, palette.ink, afterWords);
    } else fits = add(text.words, 'sansBold', sizes.statement * scale, lineHeights.words, palette.ink, afterWords);
    if (text.trend) {
      fits &&= add(text.trend.caption, 'sans', sizes.meta * scale, lineHeights.meta, palette.muted, sizes.meta * scale * 0.35);
      body.push(
        chartBlock(text.trend, content.width, sizes.chart * scale, sizes.meta * scale, text.trend.gapNote ? sizes.meta * scale * 0.35 : 0),
      );
      fits &&= add(text.trend.gapNote, 'sans', sizes.caveat * scale, lineHeights.meta, palette.muted, 0);
    }
    const main = body.reduce((sum, block) => sum + blockHeight(block), 0);
    const metaStart = body.length;
    // The small print: period, source (and the sources of a series' other years), caveat, checked date.
    const small: [string | undefined, number, string][] = [
      [text.period, sizes.meta, palette.muted],
      [text.source, sizes.meta, palette.muted],
      ...(text.trend?.sources ?? []).map((source): [string, number, string] => [source, sizes.meta, palette.muted]),
      [text.caveat, sizes.caveat, palette.ink],
      [text.checked, sizes.caveat, palette.ink],
    ];
    const lines = small.filter(([value]) => value !== undefined);
    lines.forEach(([value, size, color], index) => {
      fits &&= add(value, 'sans', size * scale, lineHeights.meta, color, index < lines.length - 1 ? sizes.meta * scale * 0.35 : 0);
    });
    if (!fits) continue;
    const meta = body.slice(metaStart).reduce((sum, block) => sum + blockHeight(block), 0);
    const needed = main + gap + ruleHeight.dashed + gap + meta;
    if (needed > room) continue;
    // Space left over goes around the figure, which is what the eye should meet first.
    let at = top + (room - needed) / 2;
    for (const block of body.slice(0, metaStart)) at = push(block, content.x, at);
    at += gap;
    items.push({ kind: 'dashed', x: content.x, y: at, width: content.width });
    at += ruleHeight.dashed + gap;
    for (const block of body.slice(metaStart)) at = push(block, content.x, at);
    return { format, width: spec.width, height: spec.height, paper, content, items, scale };
  }
  throw new Error(
    `the text does not fit on the ${format} card, even at ${smallest * 100} %: shorten the label, text or caveat ("${text.words.slice(0, 60)}…")`,
  );
}

export const ruleThickness = ruleHeight;
