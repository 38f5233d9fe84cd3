import type { StoryContext } from '@/components/story/context';
import type { Release } from '@/lib/content/press';

type Props = { release: Pick<Release, 'kind' | 'original'>; ctx: StoryContext; full?: boolean };

/**
 * Says in words whose text a release is: our summary of a government announcement (with the link to
 * the original), or news this website writes about itself. `full` adds the sentence that explains it.
 */
export function ReleaseKind({ release, ctx, full = false }: Props) {
  const { t } = ctx;
  if (release.kind === 'announcement') {
    const host = release.original ? new URL(release.original).hostname.replace(/^www\./, '') : '';
    return (
      <div data-release-kind="announcement" className="rounded border-l-8 border-accent bg-night/5 p-3">
        <p className="font-bold">{t('PressRelease.kindAnnouncement')}</p>
        {full ? <p className="mt-1">{t('PressRelease.announcementNote')}</p> : null}
        {release.original ? (
          <p className="mt-1">
            <a
              href={release.original}
              hrefLang="nl"
              className="inline-flex min-h-6 items-center font-bold [overflow-wrap:anywhere] text-link"
            >
              {t('PressRelease.original', { host })}
            </a>
          </p>
        ) : null}
      </div>
    );
  }
  return (
    <div data-release-kind="site-news" className="rounded border-l-8 border-rule bg-night/5 p-3">
      <p className="font-bold">{t('PressRelease.kindSiteNews')}</p>
      {full ? <p className="mt-1">{t('PressRelease.siteNewsNote')}</p> : null}
    </div>
  );
}
