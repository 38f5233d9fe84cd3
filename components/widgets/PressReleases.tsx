import type { StoryContext } from '@/components/story/context';
import { PressContactCard } from '@/components/press/PressContactCard';
import { PressKit } from '@/components/press/PressKit';
import { pressRoomIds } from '@/lib/content/anchors';
import { ReleaseDate } from '@/components/press/ReleaseDate';
import { ReleaseKind } from '@/components/press/ReleaseKind';
import { contacts, contactsOf, releasesIn } from '@/lib/content/press';
import { feedPath } from '@/lib/press/feed';

type Props = { ctx: StoryContext };

/** The press room: releases newest first, the feed, the press kit and the press contact. */
export function PressReleases({ ctx }: Props) {
  const { locale, t } = ctx;
  const ids = pressRoomIds[locale];
  const releases = releasesIn(locale);
  // The room shows the press offices of the newest release; every office in the registry before there is one.
  const roomContacts = releases[0] ? contactsOf(releases[0]) : contacts;
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
              <p className="font-mono text-sm tracking-wider text-muted uppercase">
                <ReleaseDate date={release.date} locale={locale} />
              </p>
              <h3 className="mt-1 text-xl font-bold">
                <a href={release.url} className="text-ink">
                  {release.title}
                </a>
              </h3>
              <p className="mt-2 text-base">{release.summary}</p>
              <div className="mt-3 text-base">
                <ReleaseKind release={release} ctx={ctx} />
              </div>
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
      {roomContacts.length > 0 ? (
        <PressContactCard contacts={roomContacts} ctx={ctx} headingId={ids.contact} heading={t('PressRoom.contact')} />
      ) : null}
    </div>
  );
}
