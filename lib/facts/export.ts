import type { Locale } from '@/i18n/routing';
import { translator } from '@/lib/i18n/translator';
import { absolute } from '@/lib/site';
import { factRows, factSheetUrl, type FactRow } from './sheet';

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

// RFC 4180: quote every field, double the quotes inside, CRLF between records.
const field = (value: string) => `"${value.replace(/"/g, '""')}"`;

/** All facts as CSV. The byte order mark makes spreadsheet programs read it as UTF-8 (ë, ‘…’). */
export function factsCsv(locale: Locale): string {
  const lines = [columns.map(field).join(','), ...factRows(locale).map((row) => columns.map((key) => field(row[key])).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** All facts as JSON, with where they come from and when the file was made. */
export function factsJson(locale: Locale, generated = new Date()): string {
  const t = translator(locale);
  const data = {
    title: `${t('Footer.facts')} | ${t('Site.name')}`,
    url: absolute(factSheetUrl(locale)),
    language: locale,
    generated: generated.toISOString(),
    facts: factRows(locale),
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}
