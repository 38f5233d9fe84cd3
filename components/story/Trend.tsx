import { getFact } from '@/lib/content';
import { checkProps } from '@/lib/content/schemas/components';
import type { StoryContext } from './context';
import { SourceNote } from './SourceNote';
import type { PropsOf } from './props';
import { TrendFigure } from './TrendFigure';

type Props = PropsOf<'Trend'> & { ctx: StoryContext };

/** A fact's series as a chart with its table, its numbered source note and its caveat. */
export function Trend({ ctx, ...props }: Props) {
  const { fact: id } = checkProps('Trend', props);
  const fact = getFact(id);
  const { series } = fact;
  if (!series) throw new Error(`<Trend fact="${id}"> needs a fact with a series; ${id} has none. Use <Fact id="${id}" /> instead.`);
  const note = (
    <>
      <SourceNote id={id} ctx={ctx} />
      {fact.caveat ? <span className="mt-1 block text-base text-muted">{fact.caveat[ctx.locale]}</span> : null}
    </>
  );
  return <TrendFigure fact={{ ...fact, series }} locale={ctx.locale} t={ctx.t} note={note} />;
}
