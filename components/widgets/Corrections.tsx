import type { StoryContext } from '@/components/story/context';
import { correctionsPageIds } from '@/lib/content/anchors';
import { corrections, type Correction } from '@/lib/content/corrections';
import { findByKey, getFact } from '@/lib/content';
import { correctionsFeedPath } from '@/lib/corrections/feed';
import { factSheetUrl } from '@/lib/facts/sheet';
import { formatDate } from '@/lib/format';

type Props = { ctx: StoryContext };

/** The corrections log: every entry newest first, each with a stable anchor (its file name), and the feed. */
export function Corrections({ ctx }: Props) {
  const { locale, t } = ctx;
  const ids = correctionsPageIds[locale];
  return (
    <div className="not-prose mt-8">
      <section aria-labelledby={ids.entries}>
        <h2 id={ids.entries} className="text-2xl font-bold">
          {t('Corrections.entries')}
        </h2>
        {corrections.length === 0 ? <p className="mt-3">{t('Corrections.empty')}</p> : null}
        <ol className="mt-4 space-y-4">
          {corrections.map((entry) => (
            <Entry key={entry.id} entry={entry} ctx={ctx} />
          ))}
        </ol>
      </section>
      <section aria-labelledby={ids.feed} className="mt-8 rounded-lg bg-night/5 p-5">
        <h2 id={ids.feed} className="text-xl font-bold">
          {t('Corrections.feedTitle')}
        </h2>
        <p className="mt-1">{t('Corrections.feedText')}</p>
        <a
          href={correctionsFeedPath(locale)}
          type="application/atom+xml"
          className="mt-2 inline-flex min-h-tap items-center font-bold text-link"
        >
          {t('Corrections.feedLink')}
        </a>
      </section>
    </div>
  );
}

function Entry({ entry, ctx }: { entry: Correction; ctx: StoryContext }) {
  const { locale, t } = ctx;
  const headingId = `${entry.id}-title`;
  const row = (term: string, value: React.ReactNode) => (
    <div className="mt-2">
      <dt className="font-bold">{term}</dt>
      <dd>{value}</dd>
    </div>
  );
  const pages = (entry.concerns.pages ?? []).map((key) => findByKey(locale, key)).filter((doc) => doc !== undefined);
  const facts = (entry.concerns.facts ?? []).map(getFact);
  return (
    <li id={entry.id} className="scroll-mt-4 rounded-lg border-2 border-rule p-5 target:bg-focus/15">
      <article aria-labelledby={headingId}>
        <p className="font-mono text-sm tracking-wider text-muted uppercase">
          {t('Corrections.date')} <time dateTime={entry.date}>{formatDate(entry.date, locale)}</time>
        </p>
        <h3 id={headingId} className="mt-1 text-xl font-bold">
          {entry.title[locale]}
        </h3>
        <dl className="mt-2 text-base">
          {row(t('Corrections.wrong'), entry.wrong[locale])}
          {row(t('Corrections.now'), entry.now[locale])}
          {row(t('Corrections.why'), entry.why[locale])}
          {row(
            t('Corrections.concerns'),
            <ul className="list-disc pl-5">
              {pages.map((doc) => (
                <li key={doc.url}>
                  <a href={doc.url} className="inline-flex min-h-6 items-center text-link">
                    {doc.title}
                  </a>
                </li>
              ))}
              {facts.map((fact) => (
                <li key={fact.id}>
                  <a href={`${factSheetUrl(locale)}#${fact.id}`} className="inline-flex min-h-6 items-center text-link">
                    {t('Corrections.fact', { label: fact.label?.[locale] ?? fact.id })}
                  </a>
                </li>
              ))}
            </ul>,
          )}
        </dl>
        <p className="mt-3">
          <a href={`#${entry.id}`} className="inline-flex min-h-6 items-center text-base text-link">
            {t('Corrections.permalink')}
            <span className="sr-only">: {entry.title[locale]}</span>
          </a>
        </p>
      </article>
    </li>
  );
}
