import { CorrectedNote } from '@/components/corrections/CorrectedNote';
import type { StoryContext } from '@/components/story/context';
import { correctionsOfFact } from '@/lib/content/corrections';
import type { Fact } from '@/lib/content/schemas/fact';
import { EvidenceQuote, evidenceLabel } from '@/components/story/Evidence';
import { TrendFigure } from '@/components/story/TrendFigure';
import { sourceKindWords, sourceOriginStart } from '@/lib/facts/origin';
import { citation, factUrl } from '@/lib/facts/sheet';
import { markAttribute, topicsWidget } from '@/lib/enhance/contracts';
import { formatDate } from '@/lib/format';
import { CopyLink } from './CopyLink';

type Props = { fact: Fact; ctx: StoryContext };

/** One fact on the fact sheet: figure, text, its trend when it has a series, period, caveat, source and what kind, the source's own words, check date, citation and its link. */
export function FactEntry({ fact, ctx }: Props) {
  const { locale, t } = ctx;
  const row = (term: string, value: React.ReactNode) => (
    <div className="flex flex-wrap gap-x-2">
      <dt className="font-bold">{term}:</dt>
      <dd>{value}</dd>
    </div>
  );
  return (
    <li
      id={fact.id}
      {...markAttribute(topicsWidget, 'factEntry', true)}
      className="fact-entry lazy-entry scroll-mt-4 border-b-2 border-dotted border-rule py-6 last:border-b-0 target:bg-focus/15"
    >
      {fact.figure && fact.label ? (
        <p className="font-mono text-3xl font-semibold text-accent">
          {fact.figure[locale]} <span className="block font-sans text-lg font-bold text-ink">{fact.label[locale]}</span>
        </p>
      ) : null}
      <p id={`${fact.id}-text`} className="mt-2">
        {fact.text[locale]}
      </p>
      {/* The entry's own source row cites the series too: no footnote needed. */}
      {fact.series ? <TrendFigure fact={{ ...fact, series: fact.series }} locale={locale} t={t} /> : null}
      <CorrectedNote entries={correctionsOfFact(fact.id)} locale={locale} t={t} className="mt-2" />
      <dl className="mt-3 space-y-1 text-base">
        {row(t('FactSheet.period'), fact.period[locale])}
        {fact.caveat ? row(t('FactSheet.caveat'), fact.caveat[locale]) : null}
        {row(
          t('FactSheet.source'),
          <>
            {sourceOriginStart(fact, t, locale)},{' '}
            <a href={fact.source.url} className="text-link">
              {fact.source.title}
            </a>{' '}
            ({fact.source.published})
          </>,
        )}
        {row(t('SourceKind.label'), sourceKindWords(fact, t))}
        {row(evidenceLabel(fact, locale, t), <EvidenceQuote fact={fact} className="mt-1" />)}
        {row(t('FactSheet.lastChecked'), <time dateTime={fact.lastChecked.slice(0, 10)}>{formatDate(fact.lastChecked, locale)}</time>)}
      </dl>
      <p className="mt-3 rounded bg-night/5 p-3 text-base [overflow-wrap:anywhere]">
        <span className="font-bold">{t('FactSheet.cite')}:</span> <span className="citation">{citation(fact, locale)}</span>
      </p>
      <p className="no-print mt-3">
        <CopyLink
          fragment={`#${fact.id}`}
          url={factUrl(locale, fact.id)}
          describedBy={`${fact.id}-text`}
          labels={{ link: t('CopyLink.link'), copy: t('CopyLink.copy'), copied: t('CopyLink.copied'), failed: t('CopyLink.failed') }}
        />
      </p>
    </li>
  );
}
