import type { StoryContext } from '@/components/story/context';
import { stories } from '@/lib/content';

type Props = { ctx: StoryContext };

/** The stories in this language, each with its summary. */
export function StoryList({ ctx }: Props) {
  const items = stories.filter((story) => story.locale === ctx.locale).sort((a, b) => a.title.localeCompare(b.title, ctx.locale));
  return (
    <ul className="not-prose mt-8 grid gap-4 sm:grid-cols-2">
      {items.map((story) => (
        <li key={story.url} className="rounded-lg border-2 border-rule p-5">
          <h2 className="text-xl font-bold">
            <a href={story.url} className="text-ink">
              {story.title}
            </a>
          </h2>
          <p className="mt-2 text-base">{story.summary}</p>
        </li>
      ))}
    </ul>
  );
}
