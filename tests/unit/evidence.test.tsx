import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Fact } from '@/components/story/Fact';
import { Sources } from '@/components/story/Sources';
import { FactEntry } from '@/components/widgets/FactEntry';
import { QuizAnswer } from '@/components/widgets/QuizAnswer';
import { facts, getFact } from '@/lib/content';
import { factsCsv, factsJson, seriesCsv } from '@/lib/facts/export';
import { publisherName } from '@/lib/facts/origin';
import { translator } from '@/lib/i18n/translator';
import type { Locale } from '@/i18n/routing';

// Issue 11: every fact shows the passage of its source that states it, in the source's language,
// and a fact taken from a news report says so wherever its source is named.
const ctx = (locale: Locale, factIds: string[]) => ({ locale, factIds, t: translator(locale) });
const news = 'soc-explosions-2024'; // NH Nieuws, a news report: sourceKind news
const primary = 'health-ecstasy-tablet-strength'; // EUDA and Europol, in English: sourceKind primary

describe('the source’s own words', () => {
  it('every fact has them, taken from the research file', () => {
    for (const fact of facts) {
      expect(fact.evidence.text.length, fact.id).toBeGreaterThan(20);
      expect(['nl', 'en'], fact.id).toContain(fact.evidence.lang);
    }
  });

  it('a page’s source list quotes them, marked with the source’s language', () => {
    render(<Sources ctx={ctx('nl', [primary, news])} />);
    const [english, dutch] = screen.getAllByRole('listitem');
    expect(within(english).getByText('De bron zegt (in het Engels):')).toBeInTheDocument();
    const quote = english.querySelector('blockquote')!;
    expect(quote).toHaveAttribute('lang', 'en');
    expect(quote).toHaveAttribute('cite', getFact(primary).source.url);
    expect(quote).toHaveTextContent(getFact(primary).evidence.text);
    expect(within(dutch).getByText('De bron zegt:')).toBeInTheDocument();
    expect(dutch.querySelector('blockquote')).toHaveAttribute('lang', 'nl');
  });

  it('the English source list names a Dutch source’s language', () => {
    render(<Sources ctx={ctx('en', [news])} />);
    expect(screen.getByText('The source says (in Dutch):')).toBeInTheDocument();
  });

  it('the fact sheet entry shows them and the kind of source in words', () => {
    render(
      <ol>
        <FactEntry fact={getFact(primary)} ctx={ctx('en', [])} />
        <FactEntry fact={getFact(news)} ctx={ctx('en', [])} />
      </ol>,
    );
    const [first, second] = screen.getAllByRole('listitem');
    expect(first).toHaveTextContent('Kind of source:Primary source');
    expect(first.querySelector('blockquote[lang="en"]')).toHaveTextContent(getFact(primary).evidence.text);
    expect(second).toHaveTextContent('Kind of source:Secondary source (a news report)');
    expect(second).toHaveTextContent('Source:According to a news report by NH Nieuws');
    expect(second).toHaveTextContent('The source says (in Dutch):');
  });

  it('the downloads carry them', () => {
    const json = JSON.parse(factsJson('en'));
    const row = json.facts.find((item: { id: string }) => item.id === news);
    expect(row).toMatchObject({ sourceKind: 'news', evidence: getFact(news).evidence.text, evidenceLang: 'nl', confidence: 'medium' });
    expect(factsCsv('nl').split('\r\n')[0]).toContain('"sourceKind","evidence","evidenceLang"');
  });
});

describe('a second-hand fact says so', () => {
  it('in the source list and the note after the figure', () => {
    render(
      <>
        <Fact id={news} ctx={ctx('nl', [news])} />
        <Sources ctx={ctx('nl', [news])} />
      </>,
    );
    expect(screen.getByRole('link', { name: 'Bron 1: volgens een nieuwsbericht van NH Nieuws (cijfers van de politie)' })).toHaveAttribute(
      'href',
      `#bron-${news}`,
    );
    expect(screen.getByRole('listitem')).toHaveTextContent('[1] Volgens een nieuwsbericht van NH Nieuws (cijfers van de politie),');
  });

  it('a note after the publisher’s name is in the page’s language', () => {
    render(<Sources ctx={ctx('en', [news])} />);
    expect(screen.getByRole('listitem')).toHaveTextContent('NH Nieuws (police figures),');
    expect(publisherName(getFact(news).source, 'nl')).toBe('NH Nieuws (cijfers van de politie)');
    expect(publisherName(getFact(primary).source, 'nl')).toBe(getFact(primary).source.publisher);
  });

  it('another second-hand source is not called a news report', () => {
    const id = facts.find((fact) => fact.sourceKind === 'secondary')!.id;
    render(<Sources ctx={ctx('en', [id])} />);
    expect(screen.getByRole('listitem')).toHaveTextContent(`According to ${publisherName(getFact(id).source, 'en')} (a secondary source),`);
    expect(screen.getByRole('listitem')).not.toHaveTextContent('news report');
  });

  it('a primary source is named as it is', () => {
    render(<Sources ctx={ctx('nl', [primary])} />);
    expect(screen.getByRole('listitem')).toHaveTextContent('[1] EUDA and Europol,');
  });

  it('in a quiz answer', () => {
    const question = {
      id: 'q',
      order: 1,
      question: { nl: 'V', en: 'Q' },
      options: [{ id: 'a', text: { nl: 'Ja', en: 'Yes' } }],
      correct: 'a',
      explanation: { nl: 'Uitleg', en: 'Why' },
      fact: news,
    };
    render(<QuizAnswer question={question} ctx={ctx('en', [])} />);
    expect(screen.getByText(/^Source: according to a news report by NH Nieuws/)).toBeInTheDocument();
  });

  it('every news or second-hand fact has confidence medium, every primary one high', () => {
    for (const fact of facts) expect(fact.confidence, fact.id).toBe(fact.sourceKind === 'primary' ? 'high' : 'medium');
  });
});

describe('the series in the downloads', () => {
  const withSeries = facts.filter((fact) => fact.series);
  const dumpings = getFact('env-dumpings-2024');

  it('the JSON gives each fact its series, or null, with the source of every year', () => {
    const json = JSON.parse(factsJson('nl'));
    expect(json.facts.filter((item: { series: unknown }) => item.series !== null).map((item: { id: string }) => item.id)).toEqual(
      withSeries.map((fact) => fact.id),
    );
    const row = json.facts.find((item: { id: string }) => item.id === dumpings.id);
    expect(row.series.unit).toBe('dumpingen');
    expect(row.series.points.map((point: { year: number; value: number }) => [point.year, point.value])).toEqual(
      dumpings.series!.points.map((point) => [point.year, point.value]),
    );
    // 2022 and 2023 come from another report than the fact's own: each year names its source.
    const [first, , last] = row.series.points;
    expect(first.sourcePublisher).toBe('Nieuws.nl (cijfers van de politie)');
    expect(first.evidence).toBe(dumpings.series!.points[0].evidence!.text);
    expect(last.sourceUrl).toBe(dumpings.source.url);
  });

  it('the series CSV has one row per year, values as numbers', () => {
    const records = seriesCsv('en')
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(records[0]).toBe(
      '"id","topic","year","period","value","unit","definition","sourcePublisher","sourceTitle","sourceUrl","sourcePublished","evidence","evidenceLang","url"',
    );
    expect(records).toHaveLength(1 + withSeries.reduce((sum, fact) => sum + fact.series!.points.length, 0));
    expect(records).toContainEqual(expect.stringMatching(/^"env-dumpings-2024","environment","2023","2023","191","dumpings",/));
  });
});
