import { getFact } from '@/lib/content';
import { checkProps } from '@/lib/content/schemas/components';
import type { StoryContext } from './context';
import { SourceNote } from './SourceNote';
import { labelWithPeriod } from './factLabel';
import type { PropsOf } from './props';

type Props = PropsOf<'BillLine'> & { ctx: StoryContext };

/** One line of the bill: what it costs, the figure from its fact, and links to the chapter and the source. */
export function BillLine({ ctx, children, ...props }: Props) {
  const { fact: id, part, href } = checkProps('BillLine', { ...props, children });
  const fact = getFact(id);
  if (!fact.figure || !fact.label) {
    throw new Error(`<BillLine fact="${id}"> needs a fact with a figure; ${id} has none. Pick a fact with a figure.`);
  }
  return (
    <li data-fact={id} data-part={part} className="bill-line border-b border-dotted border-rule py-3 last:border-b-0">
      {/* The spaces between the parts keep words apart where CSS is not read (search excerpts, reader views). */}
      <span className="block text-xs tracking-widest text-muted uppercase">{ctx.t(`Bill.parts.${part}`)}</span>{' '}
      <span className="flex flex-wrap items-baseline justify-between gap-x-3">
        <a href={href} className="min-h-6 font-semibold text-ink decoration-rule hover:text-link">
          {children}
        </a>{' '}
        <span className="text-right font-semibold whitespace-nowrap">
          {fact.figure[ctx.locale]}
          <SourceNote id={id} ctx={ctx} />
        </span>
      </span>{' '}
      <span className="mt-1 block font-sans text-sm text-muted">{labelWithPeriod(fact, ctx.locale)}</span>
    </li>
  );
}
