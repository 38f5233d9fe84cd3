import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type { Locale } from '@/i18n/routing';
import type { Fact } from '@/lib/content/schemas/fact';
import { localeTag } from '@/lib/format';
import type { Translate } from '@/lib/i18n/translator';

// The geometry of a trend chart, kept pure (points and a size in, path strings and positions out)
// so the site's inline SVG and the partner kit's cards draw the same chart.
//
// Honest by construction: the value axis starts at zero; the year axis is linear, so missing years
// take their room; a line between two years with no year missing is solid, a line across missing
// years is dashed (the source says nothing about the years in between), and every measured point
// gets a dot.

export type Series = NonNullable<Fact['series']>;
export type TrendInput = { year: number; value: number }[];
export type TrendSize = { width: number; height: number; padding?: { top: number; right: number; bottom: number; left: number } };
export type PlacedPoint = { year: number; value: number; x: number; y: number };
export type TrendGeometry = {
  width: number;
  height: number;
  /** Each measured point, oldest first, with its position. */
  points: PlacedPoint[];
  /** Path data of the lines between consecutive years (solid); empty when there are none. */
  measured: string;
  /** Path data of the lines across years without a figure (dashed); empty when there are none. */
  gaps: string;
  /** The zero line, under the points; the year labels go below it. */
  baseline: { x1: number; x2: number; y: number };
};

// Room for a value label above the highest point and a year label below the zero line.
const defaultPadding = { top: 30, right: 28, bottom: 28, left: 28 };
const round = (value: number) => Math.round(value * 10) / 10;

/** Positions and path data for a series drawn in a box of `width` × `height` (SVG user units). */
export function trendGeometry(input: TrendInput, { width, height, padding = defaultPadding }: TrendSize): TrendGeometry {
  const data = [...input].sort((a, b) => a.year - b.year);
  const years = data.map((point) => point.year);
  const first = years[0] ?? 0;
  const last = years.at(-1) ?? first;
  const x = scaleLinear()
    .domain(first === last ? [first - 1, first + 1] : [first, last])
    .range([padding.left, width - padding.right]);
  const top = Math.max(0, ...data.map((point) => point.value));
  const y = scaleLinear()
    .domain([0, top || 1])
    .range([height - padding.bottom, padding.top]);
  const points = data.map(({ year, value }) => ({ year, value, x: round(x(year)), y: round(y(value)) }));
  const segment = line<PlacedPoint>()
    .x((point) => point.x)
    .y((point) => point.y)
    .digits(1);
  const pairs = points.slice(1).map((point, index) => [points[index], point] as const);
  const path = (gap: boolean) =>
    pairs
      .filter(([from, to]) => to.year - from.year > 1 === gap)
      .map((pair) => segment([...pair]) ?? '')
      .join('');
  return {
    width,
    height,
    points,
    measured: path(false),
    gaps: path(true),
    baseline: { x1: 0, x2: width, y: round(y(0)) },
  };
}

/** A value written the way the page's language writes numbers: 1.130 and 14,6 (nl), 1,130 and 14.6 (en). */
export const formatValue = (value: number, locale: Locale): string => new Intl.NumberFormat(localeTag[locale]).format(value);

/** A point's period as readers see it: its label in words when it has one, else its year. */
export const periodOf = (point: Series['points'][number], locale: Locale): string => point.label?.[locale] ?? String(point.year);

/**
 * The change in one sentence, every measured point named: "Van 84 mg MDMA per pil in 2011, via 170 in
 * 2019, naar 144 in 2022." The words are the page's messages Trend.from, Trend.via and Trend.to.
 */
export function changeSentence(series: Series, locale: Locale, t: Translate): string {
  const values = (point: Series['points'][number]) => ({
    value: formatValue(point.value, locale),
    period: periodOf(point, locale),
    unit: series.unit[locale],
  });
  const [first, ...rest] = series.points;
  const last = rest.pop();
  const parts = [t('Trend.from', values(first)), ...rest.map((point) => t('Trend.via', values(point)))];
  return `${parts.join(', ')}${last ? `${rest.length ? ',' : ''} ${t('Trend.to', values(last))}` : ''}.`;
}

/** True when some years between the first and the last have no figure: the chart dashes across them. */
export const hasGaps = (series: Series): boolean =>
  series.points.some((point, index) => index > 0 && point.year - series.points[index - 1].year > 1);

export type PointSource = { periods: string[]; source?: Fact['source']; evidence: { lang: string; text: string } };

/** The points that carry their own evidence, grouped by that evidence: each is cited beside the chart. */
export function pointSources(series: Series, locale: Locale): PointSource[] {
  const found = new Map<string, PointSource>();
  for (const point of series.points) {
    if (!point.evidence) continue;
    const { source, ...evidence } = point.evidence;
    const key = JSON.stringify([source?.url, evidence.text]);
    const entry = found.get(key) ?? { periods: [], source, evidence };
    entry.periods.push(periodOf(point, locale));
    found.set(key, entry);
  }
  return [...found.values()];
}

/** The label before a point source: "Bron voor 2022 en 2023" (the messages Trend.pointSource and Trend.and). */
export const pointSourceLabel = (periods: string[], t: Translate): string =>
  t('Trend.pointSource', { periods: periods.join(` ${t('Trend.and')} `) });
