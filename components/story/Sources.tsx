import { getFact } from '@/lib/content';
import { pageUrl } from '@/lib/content/paths';
import type { StoryContext } from './context';

type Props = { ctx: StoryContext; factSheetSlug?: string };

const formatDate = (iso: string, locale: string) => new Date(iso).toLocaleDateString(locale === 'nl' ? 'nl-NL' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** The page's sources, gathered from the facts it uses, numbered in order of first use. */
export function Sources({ ctx, factSheetSlug }: Props) {
  if (ctx.factIds.length === 0) return null;
  return (
    <section aria-labelledby="bronnen" className="not-prose mt-12 border-t-2 border-dashed border-rule pt-6 text-base">
      <h2 id="bronnen" className="text-2xl font-bold">
        {ctx.t('Sources.title')}
      </h2>
      <ol className="mt-4 space-y-4">
        {ctx.factIds.map((id, index) => {
          const fact = getFact(id);
          return (
            <li key={id} id={`bron-${id}`} className="scroll-mt-4">
              <span className="font-mono font-semibold">[{index + 1}]</span> {fact.source.publisher},{' '}
              <a href={fact.source.url} className="text-link" hrefLang={fact.source.url.includes('.nl/') ? 'nl' : undefined}>
                {fact.source.title}
              </a>{' '}
              ({fact.source.published}). {ctx.t('Sources.period')}: {fact.period[ctx.locale]}. {ctx.t('Sources.lastChecked')}: {formatDate(fact.lastChecked, ctx.locale)}.
              {fact.caveat ? (
                <span className="mt-1 block text-muted">
                  {ctx.t('Sources.caveat')}: {fact.caveat[ctx.locale]}
                </span>
              ) : null}
              {factSheetSlug ? (
                <a href={`${pageUrl(ctx.locale, factSheetSlug)}#${id}`} className="mt-1 inline-block min-h-6 text-link">
                  {ctx.t('Sources.factSheet')}
                </a>
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
