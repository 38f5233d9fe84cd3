import type { Translate } from '@/lib/i18n/translator';
import { EvidenceQuote, evidenceLabel } from '@/components/story/Evidence';
import type { Locale } from '@/i18n/routing';
import { getFact } from '@/lib/content';
import { sourceKindWords, sourceOriginStart } from '@/lib/facts/origin';
import { factUrl } from '@/lib/facts/sheet';
import { formatDate } from '@/lib/format';

type Props = { id: string; tag: string; locale: Locale; t: Translate };

/** One cited fact as a checker needs it: figure, text, the source's own words, caveat and source. */
export function ReviewFact({ id, tag, locale, t }: Props) {
  const fact = getFact(id);
  const row = (term: string, value: React.ReactNode) => (
    <div>
      <dt className="font-bold">{term}</dt>
      <dd className="ml-0">{value}</dd>
    </div>
  );
  return (
    <div data-review-fact={id} className="rounded border-2 border-rule p-3 text-base [overflow-wrap:anywhere]">
      <p className="font-mono text-sm font-semibold">
        {id} <span className="text-muted">({`<${tag}>`})</span>
      </p>
      <dl className="mt-2 space-y-2">
        {fact.figure && fact.label ? row(t('Review.figure'), `${fact.figure[locale]} ${fact.label[locale]}`) : null}
        {row(t('Review.text'), fact.text[locale])}
        {row(evidenceLabel(fact, locale, t), <EvidenceQuote fact={fact} />)}
        {fact.caveat ? row(t('Review.caveat'), fact.caveat[locale]) : null}
        {row(
          t('Review.source'),
          <>
            {sourceOriginStart(fact, t, locale)},{' '}
            <a href={fact.source.url} className="text-link">
              {fact.source.title}
            </a>{' '}
            ({fact.source.published}). {sourceKindWords(fact, t)}.
          </>,
        )}
        {row(t('Review.lastChecked'), formatDate(fact.lastChecked, locale))}
      </dl>
      <p className="mt-2">
        <a href={factUrl(locale, id).replace(/^https?:\/\/[^/]+/, '')} className="inline-flex min-h-6 items-center text-link">
          {t('Review.factSheet')}
        </a>
      </p>
    </div>
  );
}
