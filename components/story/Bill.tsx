import type { ReactNode } from 'react';
import { checkProps } from '@/lib/content/schemas/components';
import type { StoryContext } from './context';

type Props = { title: string; total: string; children?: ReactNode; ctx: StoryContext };

/**
 * The invisible bill as a till receipt. Lines fade in one by one with CSS alone (no JavaScript),
 * only when the visitor allows motion; without CSS animation support every line is simply there.
 */
export function Bill({ ctx, children, ...props }: Props) {
  const { title, total } = checkProps('Bill', { ...props, children });
  return (
    <section aria-labelledby="bill-title" className="receipt not-prose mx-auto my-8 max-w-xl rounded-t-md px-5 pt-6 font-mono sm:px-8">
      <p className="text-center text-sm uppercase tracking-[0.3em] text-muted" aria-hidden="true">
        *** {ctx.t('Bill.receipt')} ***
      </p>
      <h2 id="bill-title" className="mt-2 text-center text-2xl font-semibold leading-tight">
        {title}
      </h2>
      <ol className="bill-lines receipt-rule mt-5 pt-3">{children}</ol>
      <div className="mt-4 flex flex-wrap items-baseline justify-between gap-x-4 border-t-4 border-double border-rule pt-4 text-accent">
        <span className="text-lg font-semibold uppercase">{ctx.t('Bill.total')}</span>
        <span className="text-right text-lg font-semibold">{total}</span>
      </div>
    </section>
  );
}
