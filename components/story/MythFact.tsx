import { checkProps } from '@/lib/content/schemas/components';
import type { StoryContext } from './context';
import { Fact } from './Fact';
import type { PropsOf } from './props';

type Props = PropsOf<'MythFact'> & { ctx: StoryContext };

/** A common belief next to the sourced fact. */
export function MythFact({ ctx, children, ...props }: Props) {
  const { myth, fact } = checkProps('MythFact', { ...props, children });
  return (
    <div className="not-prose my-8 grid gap-3 sm:grid-cols-2">
      <p className="rounded-lg border-2 border-dashed border-rule p-4">
        <span className="mb-1 block text-sm font-bold tracking-wider text-muted uppercase">{ctx.t('MythFact.myth')}</span>
        <s className="decoration-accent decoration-2">{myth}</s>
      </p>
      <div className="rounded-lg border-2 border-accent p-4">
        <span className="mb-1 block text-sm font-bold tracking-wider text-accent uppercase">{ctx.t('MythFact.fact')}</span>
        <p>
          <Fact id={fact} ctx={ctx} />
        </p>
        {children ? <div className="mt-2">{children}</div> : null}
      </div>
    </div>
  );
}
