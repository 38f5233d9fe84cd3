import type { Locale } from '@/i18n/routing';
import type { Problem } from '@/lib/content/validate';
import { numbersIn, numbersSaid } from './fact-numbers';
import { defaultLang, isLang } from './lang';
import type { Content, DataFile } from './types';

// A series is drawn as a chart, and a chart's points are claims like any figure: each value, and the
// year it is for, must be in the source's own words. A point uses its own evidence when it has one
// (a figure the fact's main source does not give), else the fact's evidence.

type Point = { year?: unknown; value?: unknown; evidence?: { lang?: unknown; text?: unknown } };
type Evidence = { lang: string; text: string };

/** How a source writes its numbers: in its own language's way; a source in another language is read
    the Dutch way (1.234,5), as most European languages write numbers. */
const numberStyle = (lang: string): Locale => (isLang(lang) ? lang : defaultLang);

const evidenceOf = (value: unknown): Evidence | undefined => {
  const evidence = value as { lang?: unknown; text?: unknown } | undefined;
  return typeof evidence?.lang === 'string' && typeof evidence.text === 'string' ? { lang: evidence.lang, text: evidence.text } : undefined;
};

function pointProblems(fact: DataFile, point: Point, index: number): Problem[] {
  const own = evidenceOf(point.evidence);
  const evidence = own ?? evidenceOf(fact.data?.evidence);
  if (!evidence) return [];
  const said = numbersSaid(evidence.text, numberStyle(evidence.lang));
  // A source often says "last year"; the fact's own period (checked against its evidence by an
  // editor) names that year, so a point from the fact's own evidence may take its year from there.
  const period = fact.data?.period as { nl?: unknown } | undefined;
  if (!own && typeof period?.nl === 'string') numbersIn(period.nl, 'nl').forEach((year) => said.add(year));
  const where = own ? `series.points.${index}.evidence` : 'evidence';
  const problems: Problem[] = [];
  for (const [field, value] of [
    ['value', point.value],
    ['year', point.year],
  ] as const) {
    if (typeof value !== 'number' || said.has(String(value))) continue;
    problems.push({
      file: fact.file,
      field: `series.points.${index}.${field}`,
      message: {
        nl: `${field === 'value' ? 'de waarde' : 'het jaar'} ${value} staat niet in het bewijs (${where}), dus geen bron zegt het`,
        en: `the ${field === 'value' ? 'value' : 'year'} ${value} is not in the evidence (${where}), so no source states it`,
      },
      fix: {
        nl: 'neem het getal over zoals de bron het schrijft. Zegt de bron van het feit het niet? Geef het punt dan een eigen evidence: met lang:, text: (het stuk uit de bron dat dit jaar en deze waarde noemt) en source:. Vind je geen bron, haal het punt dan weg',
        en: "copy the number as the source writes it. Does the fact's source not give it? Then give the point its own evidence: with lang:, text: (the passage of the source that names this year and value) and source:. If no source gives it, remove the point",
      },
    });
  }
  return problems;
}

/** A <Trend> draws a fact's series: the fact must have one. */
function trendUses(content: Content, facts: Map<string, DataFile>): Problem[] {
  return content.docs.flatMap((doc) =>
    doc.elements.flatMap((tag) => {
      const id = tag.name === 'Trend' ? tag.props.fact : undefined;
      const fact = typeof id === 'string' ? facts.get(id) : undefined;
      if (!fact?.data || fact.data.series !== undefined) return [];
      return [
        {
          file: doc.file,
          line: tag.propLines.fact ?? tag.line,
          message: {
            nl: `<Trend> heeft een feit met een reeks (series) nodig, maar "${id}" heeft er geen`,
            en: `<Trend> needs a fact with a series, but "${id}" has none`,
          },
          fix: {
            nl: `gebruik <Fact id="${id}" />, of geef het feit een series: als de bron cijfers voor meerdere jaren geeft`,
            en: `use <Fact id="${id}" />, or give the fact a series: when its source gives figures for several years`,
          },
        },
      ];
    }),
  );
}

/** Every point of every fact's series in its evidence, and every <Trend> on a fact with a series. */
export function checkSeries(content: Content): Problem[] {
  const facts = new Map(content.facts.map((fact) => [fact.id, fact]));
  const points = content.facts.flatMap((fact) => {
    const series = fact.data?.series as { points?: unknown } | undefined;
    return Array.isArray(series?.points) ? series.points.flatMap((point: Point, index) => pointProblems(fact, point ?? {}, index)) : [];
  });
  return [...points, ...trendUses(content, facts)];
}
