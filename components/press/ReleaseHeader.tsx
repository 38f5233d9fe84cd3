import type { StoryContext } from '@/components/story/context';
import type { Release } from '@/lib/content/press';
import { formatDateTime } from '@/lib/format';

type Props = { release: Release; ctx: StoryContext };

/** Above a release's text: what it is, when it was published (with its time zone) and its summary. */
export function ReleaseHeader({ release, ctx }: Props) {
  return (
    <div className="not-prose mb-8">
      <p className="font-mono text-sm uppercase tracking-wider text-muted">
        {ctx.t('PressRelease.kind')} · {ctx.t('PressRelease.published')}{' '}
        <time dateTime={release.date}>{formatDateTime(release.date, ctx.locale)}</time>
      </p>
      <p className="mt-4 text-lead font-bold">{release.summary}</p>
    </div>
  );
}
