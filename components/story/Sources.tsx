import { getFact } from '@/lib/content';
import { sourceOriginStart } from '@/lib/facts/origin';
import { pageUrl } from '@/lib/content/paths';
import type { StoryContext } from './context';
import { Evidence } from './Evidence';
import { formatDate, publishedLabel } from './sourceDates';

type Props = { ctx: StoryContext; factSheetSlug?: string; onNight?: boolean; collapsed?: boolean };

/**
 * The page's sources, gathered from the facts it uses, numbered in order of first use. Each says
 * whether it is the original source or a news report, and quotes the passage that states the fact.
 * Collapsed (the home page, which must read in 30 seconds), the list sits in a closed disclosure
 * that opens when a footnote is followed: browsers open it themselves, and lib/enhance/reveal.ts
 * where they do not.
 */
export function Sources({ ctx, factSheetSlug, onNight, collapsed }: Props) {
  if (ctx.factIds.length === 0) return null;
  const { locale, t } = ctx;
  const list = (
    <>
      <ol className="mt-4 space-y-4">
        {ctx.factIds.map((id, index) => {
          const fact = getFact(id);
          return (
            <li key={id} id={`bron-${id}`} className="scroll-mt-4">
              <span className="font-mono font-semibold">[{index + 1}]</span> {sourceOriginStart(fact, t)},{' '}
              <a href={fact.source.url} className="text-link">
                {fact.source.title}
              </a>{' '}
              ({publishedLabel(fact.source.published, locale, t('Sources.undated'))}). {t('Sources.period')}: {fact.period[locale]}.{' '}
              {t('Sources.lastChecked')}: {formatDate(fact.lastChecked, locale)}.
              {fact.caveat ? (
                <span className="mt-1 block text-muted">
                  {t('Sources.caveat')}: {fact.caveat[locale]}
                </span>
              ) : null}
              <Evidence fact={fact} locale={locale} t={t} className="text-muted" />
            </li>
          );
        })}
      </ol>
      {factSheetSlug ? (
        <p className="mt-6">
          <a href={pageUrl(locale, factSheetSlug)} className="inline-flex min-h-6 items-center font-bold text-link">
            {t('Sources.factSheet')}
          </a>
        </p>
      ) : null}
    </>
  );
  return (
    <section
      aria-labelledby="bronnen"
      className={`not-prose mt-12 pt-6 text-base ${onNight ? 'rounded-lg bg-paper px-5 pb-6 text-ink' : 'border-t-2 border-dashed border-rule'}`}
    >
      <h2 id="bronnen" className="text-2xl font-bold">
        {t('Sources.title')}
      </h2>
      {collapsed ? (
        <details className="sources-disclosure mt-3">
          <summary className="inline-flex min-h-tap cursor-pointer items-center gap-2 font-bold text-link">
            <svg
              aria-hidden="true"
              viewBox="0 0 24 24"
              width="18"
              height="18"
              fill="none"
              stroke="currentColor"
              strokeWidth="3"
              className="disclosure-arrow"
            >
              <path d="m9 5 7 7-7 7" strokeLinecap="round" strokeLinejoin="round" />
            </svg>
            {t('Sources.show', { count: ctx.factIds.length })}
          </summary>
          {list}
        </details>
      ) : (
        list
      )}
    </section>
  );
}
