import type { StoryContext } from '@/components/story/context';
import type { MessageKey } from '@/lib/i18n/translator';
import { facts } from '@/lib/content';
import { factSheetIds, topicAnchor } from '@/lib/content/anchors';
import { markAttribute, topicsWidget } from '@/lib/enhance/contracts';
import { factDownloads, factsByTopic } from '@/lib/facts/sheet';
import { FactEntry } from './FactEntry';
import { TopicFilter } from './TopicFilter';

type Props = { ctx: StoryContext };

const LIST_ID = 'alle-feiten';
const downloadLinks = [
  ['csv', 'FactSheet.csv'],
  ['json', 'FactSheet.json'],
  ['seriesCsv', 'FactSheet.seriesCsv'],
] as const satisfies readonly (readonly [keyof ReturnType<typeof factDownloads>, MessageKey])[];

/** Every fact of the registry, by topic, with downloads and a topic filter (the filter needs JavaScript; the list does not). */
export function FactSheet({ ctx }: Props) {
  const { locale, t } = ctx;
  const ids = factSheetIds[locale];
  const downloads = factDownloads(locale);
  const groups = factsByTopic();
  const topicLabel = (topic: string) => t(`FactSheet.topics.${topic}` as MessageKey);
  return (
    <div className="fact-sheet not-prose mt-8">
      {/* A way into a long page: the fact sheet runs to dozens of phone screens. */}
      <nav aria-label={t('FactSheet.jumpLabel')} className="no-print mb-8">
        <h2 className="text-xl font-bold">{t('FactSheet.jumpLabel')}</h2>
        <ul className="mt-3 flex flex-wrap gap-2">
          {groups.map(({ topic, facts: items }) => (
            <li key={topic}>
              <a
                href={`#${topicAnchor(topic)}`}
                className="inline-flex min-h-tap items-center gap-2 rounded-full border-2 border-rule px-4 font-bold text-link no-underline hover:border-ink"
              >
                {topicLabel(topic)}
                <span className="font-normal text-muted">{t('FactSheet.jumpCount', { count: items.length })}</span>
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <section id={ids.downloads} aria-labelledby={`${ids.downloads}-title`} className="no-print rounded-lg border-2 border-rule p-5">
        <h2 id={`${ids.downloads}-title`} className="text-xl font-bold">
          {t('FactSheet.downloads')}
        </h2>
        <p className="mt-1 text-base">{t('FactSheet.downloadsText')}</p>
        <ul className="mt-3 flex flex-wrap gap-3">
          {downloadLinks.map(([key, label]) => (
            <li key={key}>
              <a
                href={downloads[key]}
                download
                className="inline-flex min-h-tap items-center rounded-full bg-night px-5 font-bold text-onNight no-underline"
              >
                {t(label)}
              </a>
            </li>
          ))}
        </ul>
      </section>
      <TopicFilter
        target={LIST_ID}
        legend={t('FactSheet.filterLegend')}
        allLabel={t('FactSheet.all')}
        topics={groups.map(({ topic }) => ({ id: topic, label: topicLabel(topic) }))}
        shownTemplate={t('FactSheet.shown', { shown: '{shown}', total: '{total}' })}
        total={facts.length}
      />
      <div id={LIST_ID}>
        {groups.map(({ topic, facts: items }) => (
          <section key={topic} {...markAttribute(topicsWidget, 'topic', topic)} aria-labelledby={topicAnchor(topic)} className="mt-10">
            <h2
              id={topicAnchor(topic)}
              className="border-b-4 border-double border-ink pb-2 font-mono text-2xl font-semibold tracking-wider uppercase"
            >
              {topicLabel(topic)}
            </h2>
            {/* Measured median heights of an entry's content: 1,074 px at 375 px wide, 768 px from 768 px. */}
            <ol className="[--entry-height:1074px] md:[--entry-height:768px]">
              {items.map((fact) => (
                <FactEntry key={fact.id} fact={fact} ctx={ctx} />
              ))}
            </ol>
          </section>
        ))}
      </div>
    </div>
  );
}
