import type { Locale } from '@/i18n/routing';
import { facts, findByKey } from '@/lib/content';
import { topics, type Fact } from '@/lib/content/schemas/fact';
import { formatDate } from '@/lib/format';
import { translator } from '@/lib/i18n/translator';
import { publisherName } from './origin';
import { absolute } from '@/lib/site';

// What the fact sheet page and its CSV and JSON downloads share: one source for both.

/** The fact sheet page of a language (translationKey: facts). */
export function factSheetUrl(locale: Locale): string {
  const doc = findByKey(locale, 'facts');
  if (!doc) throw new Error(`There is no ${locale} fact sheet page (translationKey: facts).`);
  return doc.url;
}

/** The downloads sit beside the page and are named after it: /nl/feiten/feiten.csv, /nl/feiten/feiten-reeksen.csv. */
export function factDownloads(locale: Locale) {
  const url = factSheetUrl(locale);
  const name = url.split('/').filter(Boolean).pop();
  return { csv: `${url}${name}.csv`, json: `${url}${name}.json`, seriesCsv: `${url}${name}-${seriesWord[locale]}.csv` };
}

// The yearly figures get a file of their own, one row per year: a spreadsheet can chart that as it is.
const seriesWord: Record<Locale, string> = { nl: 'reeksen', en: 'series' };

/** The stable address of one fact: the fact sheet plus #id. */
export const factUrl = (locale: Locale, id: string) => absolute(`${factSheetUrl(locale)}#${id}`);

/** The facts grouped by topic, in the order of the topic list; empty topics are left out. */
export function factsByTopic(): { topic: (typeof topics)[number]; facts: Fact[] }[] {
  return topics.map((topic) => ({ topic, facts: facts.filter((fact) => fact.topic === topic) })).filter((group) => group.facts.length > 0);
}

/** A citation a journalist can paste: the original source first, this site as the way to it. */
export function citation(fact: Fact, locale: Locale): string {
  const t = translator(locale);
  return t('FactSheet.citation', {
    publisher: publisherName(fact.source, locale),
    title: fact.source.title,
    published: fact.source.published,
    url: factUrl(locale, fact.id),
    checked: formatDate(fact.lastChecked, locale),
  });
}

export type FactRow = {
  id: string;
  topic: string;
  figure: string;
  label: string;
  text: string;
  period: string;
  caveat: string;
  sourcePublisher: string;
  sourceTitle: string;
  sourceUrl: string;
  sourcePublished: string;
  confidence: string;
  sourceKind: string;
  evidence: string;
  evidenceLang: string;
  lastChecked: string;
  url: string;
  citation: string;
};

/** Every fact as one flat row in one language: the shape of the CSV and of the JSON download. */
export function factRows(locale: Locale): FactRow[] {
  return facts.map((fact) => ({
    id: fact.id,
    topic: fact.topic,
    figure: fact.figure?.[locale] ?? '',
    label: fact.label?.[locale] ?? '',
    text: fact.text[locale],
    period: fact.period[locale],
    caveat: fact.caveat?.[locale] ?? '',
    sourcePublisher: publisherName(fact.source, locale),
    sourceTitle: fact.source.title,
    sourceUrl: fact.source.url,
    sourcePublished: fact.source.published,
    confidence: fact.confidence,
    sourceKind: fact.sourceKind,
    evidence: fact.evidence.text,
    evidenceLang: fact.evidence.lang,
    lastChecked: fact.lastChecked.slice(0, 10),
    url: factUrl(locale, fact.id),
    citation: citation(fact, locale),
  }));
}
