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
    <li data-fact={id} data-part={part} className="bill-line border-b border-dotted border-rule py-2 last:border-b-0">
      {/* The spaces between the parts keep words apart where CSS is not read (search excerpts, reader views).
          A part's name shows once above its first line; globals.css keeps the repeats for screen readers only. */}
      <span className="bill-part block text-xs tracking-widest text-muted uppercase">{ctx.t(`Bill.parts.${part}`)}</span>{' '}
      <span className="flex flex-wrap items-baseline gap-x-3">
        {/* The label is in the body font, which reads easier and wraps less than the till's; a basis of 11rem keeps a short figure beside its label on a phone; a long one moves below it. */}
        <a
          href={href}
          className="min-h-6 min-w-0 flex-[1_1_11rem] font-sans text-base leading-snug font-bold text-ink decoration-rule hover:text-link"
        >
          {children}
        </a>{' '}
        {/* The note hangs from the top of the line, its number centred in its tap target, rather than rising above the line, which would make every line taller. */}
        <span className="ml-auto text-right text-lg leading-snug font-bold whitespace-nowrap [&>sup]:align-top [&>sup>a]:inline-flex [&>sup>a]:items-center">
          {fact.figure[ctx.locale]}
          <SourceNote id={id} ctx={ctx} />
        </span>
      </span>{' '}
      <span className="mt-0.5 block font-sans text-sm leading-snug text-muted">{labelWithPeriod(fact, ctx.locale)}</span>
    </li>
  );
}
