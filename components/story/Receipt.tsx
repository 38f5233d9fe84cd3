import type { ReactNode } from 'react';

type Props = {
  title: string;
  total: string;
  /** Unique on the page: the home page shows the static bill and every scenario of the interactive one. */
  headingId: string;
  headingLevel?: 2 | 3;
  receiptLabel: string;
  totalLabel: string;
  intro?: string;
  className?: string;
  children?: ReactNode;
};

/** The till-receipt look shared by <Bill> and the interactive bill's scenarios. */
export function Receipt({ title, total, headingId, headingLevel = 2, receiptLabel, totalLabel, intro, className = '', children }: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section
      aria-labelledby={headingId}
      className={`receipt not-prose mx-auto my-8 max-w-xl rounded-t-md px-5 pt-6 font-mono sm:px-8 ${className}`}
    >
      <p className="text-center text-sm tracking-[0.3em] text-muted uppercase" aria-hidden="true">
        *** {receiptLabel} ***
      </p>
      <Heading id={headingId} className="mt-2 text-center text-xl leading-tight font-semibold sm:text-2xl">
        {title}
      </Heading>
      {intro ? <p className="mt-3 text-center font-sans text-base text-muted">{intro}</p> : null}
      <ol className="bill-lines receipt-rule mt-5 pt-3">{children}</ol>
      <div className="mt-3 flex items-baseline justify-between gap-x-4 border-t-4 border-double border-rule pt-3 text-accent">
        <span className="text-lg font-semibold uppercase">{totalLabel}</span>
        <span className="min-w-0 text-right text-base leading-snug font-semibold">{total}</span>
      </div>
    </section>
  );
}
