import { getFact } from '@/lib/content';
import { checkProps } from '@/lib/content/schemas/components';
import type { StoryContext } from './context';
import { SourceNote } from './SourceNote';
import { labelWithPeriod } from './factLabel';
import type { PropsOf } from './props';

type Props = PropsOf<'Stat'> & { ctx: StoryContext };

/** One figure, big, with what it counts, its period and its source note. */
export function Stat({ ctx, ...props }: Props) {
  const { id } = checkProps('Stat', props);
  const fact = getFact(id);
  if (!fact.figure || !fact.label) {
    throw new Error(`<Stat id="${id}"> needs a fact with a figure; ${id} has none. Use <Fact id="${id}" /> instead.`);
  }
  return (
    <figure data-fact={id} className="not-prose my-8 rounded-lg border-l-8 border-accent bg-paper px-5 py-4 text-ink">
      <p className="font-mono text-stat font-semibold text-accent">{fact.figure[ctx.locale]}</p>
      <figcaption className="mt-2 text-body">
        {labelWithPeriod(fact, ctx.locale)}
        <SourceNote id={id} ctx={ctx} />
        {fact.caveat ? <span className="mt-2 block text-base text-muted">{fact.caveat[ctx.locale]}</span> : null}
      </figcaption>
    </figure>
  );
}
