import type { StoryContext } from '@/components/story/context';
import type { Release } from '@/lib/content/press';
import { ReleaseDate } from './ReleaseDate';
import { ReleaseKind } from './ReleaseKind';

type Props = { release: Release; ctx: StoryContext };

/** Above a release's text: what it is and whose words, when it was published, and its summary. */
export function ReleaseHeader({ release, ctx }: Props) {
  return (
    <div className="not-prose mb-8">
      <p className="font-mono text-sm tracking-wider text-muted uppercase">
        {ctx.t('PressRelease.kind')} · {ctx.t('PressRelease.published')} <ReleaseDate date={release.date} locale={ctx.locale} />
      </p>
      <div className="mt-4">
        <ReleaseKind release={release} ctx={ctx} full />
      </div>
      <p className="mt-4 text-lead font-bold">{release.summary}</p>
    </div>
  );
}
