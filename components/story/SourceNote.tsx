import { getFact } from '@/lib/content';
import { sourceOrigin } from '@/lib/facts/origin';
import { sourceNumber, type StoryContext } from './context';

type Props = { id: string; ctx: StoryContext };

/** The numbered note after a figure: a link to the source in the page's Sources list. */
export function SourceNote({ id, ctx }: Props) {
  const number = sourceNumber(ctx, id);
  const fact = getFact(id);
  return (
    // data-pagefind-ignore: a "[3]" means nothing in a search result.
    <sup className="ml-0.5 font-sans text-[0.7em] font-bold" data-pagefind-ignore="">
      <a
        href={`#bron-${id}`}
        className="inline-block min-h-6 min-w-6 rounded px-1 text-center text-link"
        aria-label={ctx.t('Fact.sourceOf', { number, publisher: sourceOrigin(fact, ctx.t, ctx.locale) })}
      >
        [{number}]
      </a>
    </sup>
  );
}
