import type { Locale } from '@/i18n/routing';
import type { Fact } from '@/lib/content/schemas/fact';
import { facts } from '@/lib/content';
import { translator } from '@/lib/i18n/translator';
import { publisherName } from './origin';
import { absolute } from '@/lib/site';
import { factRows, factSheetUrl, factUrl, type FactRow } from './sheet';

const columns: (keyof FactRow)[] = [
  'id',
  'topic',
  'figure',
  'label',
  'text',
  'period',
  'caveat',
  'sourcePublisher',
  'sourceTitle',
  'sourceUrl',
  'sourcePublished',
  'confidence',
  'sourceKind',
  'evidence',
  'evidenceLang',
  'lastChecked',
  'url',
  'citation',
];

/** One year of a fact's series, with the source that states it: the point's own, or else the fact's. */
export type SeriesPoint = {
  year: number;
  period: string;
  value: number;
  sourcePublisher: string;
  sourceTitle: string;
  sourceUrl: string;
  sourcePublished: string;
  evidence: string;
  evidenceLang: string;
};

export function seriesPoints(fact: Fact, locale: Locale): SeriesPoint[] {
  return (fact.series?.points ?? []).map((point) => {
    const source = point.evidence?.source ?? fact.source;
    const evidence = point.evidence ?? fact.evidence;
    return {
      year: point.year,
      period: point.label?.[locale] ?? String(point.year),
      value: point.value,
      sourcePublisher: publisherName(source, locale),
      sourceTitle: source.title,
      sourceUrl: source.url,
      sourcePublished: source.published,
      evidence: evidence.text,
      evidenceLang: evidence.lang,
    };
  });
}

type SeriesRow = { id: string; topic: string; unit: string; definition: string; url: string } & SeriesPoint;

const seriesColumns: (keyof SeriesRow)[] = [
  'id',
  'topic',
  'year',
  'period',
  'value',
  'unit',
  'definition',
  'sourcePublisher',
  'sourceTitle',
  'sourceUrl',
  'sourcePublished',
  'evidence',
  'evidenceLang',
  'url',
];

/** Every year of every series as one row (long format), so a spreadsheet can chart it as it is. */
export function seriesRows(locale: Locale): SeriesRow[] {
  return facts.flatMap((fact) =>
    seriesPoints(fact, locale).map((point) => ({
      id: fact.id,
      topic: fact.topic,
      unit: fact.series!.unit[locale],
      definition: fact.series!.definition[locale],
      url: factUrl(locale, fact.id),
      ...point,
    })),
  );
}

// RFC 4180: quote every field, double the quotes inside, CRLF between records. The byte order mark
// makes spreadsheet programs read it as UTF-8 (ë, ‘…’). Numbers keep a decimal point, as data does.
const field = (value: string | number) => `"${String(value).replace(/"/g, '""')}"`;
function toCsv<Row>(keys: (keyof Row)[], rows: Row[]): string {
  const lines = [
    keys.map((key) => field(String(key))).join(','),
    ...rows.map((row) => keys.map((key) => field(row[key] as string | number)).join(',')),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** All facts as CSV, one row each. */
export const factsCsv = (locale: Locale) => toCsv(columns, factRows(locale));

/** The series of all facts as CSV, one row per year. */
export const seriesCsv = (locale: Locale) => toCsv(seriesColumns, seriesRows(locale));

/** All facts as JSON, with where they come from, their series, and when the file was made. */
export function factsJson(locale: Locale, generated = new Date()): string {
  const t = translator(locale);
  const rows = factRows(locale);
  const data = {
    title: `${t('Footer.facts')} | ${t('Site.name')}`,
    url: absolute(factSheetUrl(locale)),
    language: locale,
    generated: generated.toISOString(),
    facts: facts.map((fact, index) => ({
      ...rows[index],
      series: fact.series
        ? { unit: fact.series.unit[locale], definition: fact.series.definition[locale], points: seriesPoints(fact, locale) }
        : null,
    })),
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}
