import type { StoryContext } from '@/components/story/context';
import { PressContactCard } from '@/components/press/PressContactCard';
import { PressKit } from '@/components/press/PressKit';
import { pressRoomIds } from '@/lib/content/anchors';
import { contacts, releasesIn } from '@/lib/content/press';
import { feedPath } from '@/lib/press/feed';
import { formatDateTime } from '@/lib/format';

type Props = { ctx: StoryContext };

/** The press room: releases newest first, the feed, the press kit and the press contact. */
export function PressReleases({ ctx }: Props) {
  const { locale, t } = ctx;
  const ids = pressRoomIds[locale];
  const releases = releasesIn(locale);
  // The room shows the contact of the newest release; the registry's first contact before there is one.
  const contact = contacts.find((item) => item.id === releases[0]?.contact) ?? contacts[0];
  return (
    <div className="not-prose mt-8">
      <section aria-labelledby={ids.releases}>
        <h2 id={ids.releases} className="text-2xl font-bold">
          {t('PressRoom.releases')}
        </h2>
        {releases.length === 0 ? <p className="mt-3">{t('PressRoom.empty')}</p> : null}
        <ol className="mt-4 space-y-4">
          {releases.map((release) => (
            <li key={release.url} className="rounded-lg border-2 border-rule p-5">
              <p className="font-mono text-sm uppercase tracking-wider text-muted">
                <time dateTime={release.date}>{formatDateTime(release.date, locale)}</time>
              </p>
              <h3 className="mt-1 text-xl font-bold">
                <a href={release.url} className="text-ink">
                  {release.title}
                </a>
              </h3>
              <p className="mt-2 text-base">{release.summary}</p>
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby={ids.feed} className="mt-8 rounded-lg bg-night/5 p-5">
        <h2 id={ids.feed} className="text-xl font-bold">
          {t('PressRoom.feedTitle')}
        </h2>
        <p className="mt-1">{t('PressRoom.feedText')}</p>
        <a href={feedPath(locale)} type="application/atom+xml" className="mt-2 inline-flex min-h-tap items-center font-bold text-link">
          {t('PressRoom.feedLink')}
        </a>
      </section>
      <PressKit ctx={ctx} headingId={ids.kit} />
      {contact ? <PressContactCard contact={contact} ctx={ctx} headingId={ids.contact} heading={t('PressRoom.contact')} /> : null}
    </div>
  );
}
