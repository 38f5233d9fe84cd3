import { checkProps } from '@/lib/content/schemas/components';
import type { StoryContext } from './context';
import { Receipt } from './Receipt';
import type { PropsOf } from './props';

type Props = PropsOf<'Bill'> & { ctx: StoryContext };

/**
 * The invisible bill as a till receipt. Lines fade in one by one with CSS alone (no JavaScript),
 * only when the visitor allows motion; without CSS animation support every line is simply there.
 */
export function Bill({ ctx, children, ...props }: Props) {
  const { title, total } = checkProps('Bill', { ...props, children });
  return (
    <Receipt title={title} total={total} headingId="bill-title" receiptLabel={ctx.t('Bill.receipt')} totalLabel={ctx.t('Bill.total')}>
      {children}
    </Receipt>
  );
}
