import { Disclosure } from '@/components/site/Disclosure';
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
              <span className="font-mono font-semibold">[{index + 1}]</span> {sourceOriginStart(fact, t, locale)},{' '}
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
      className={`not-prose text-base ${onNight ? 'mt-6 rounded-lg bg-paper px-5 py-4 text-ink' : 'mt-12 border-t-2 border-dashed border-rule pt-6'}`}
    >
      <h2 id="bronnen" className="text-2xl font-bold">
        {t('Sources.title')}
      </h2>
      {collapsed ? (
        <Disclosure summary={t('Sources.show', { count: ctx.factIds.length })} className="mt-3">
          {list}
        </Disclosure>
      ) : (
        list
      )}
    </section>
  );
}
