import type { ReactNode } from 'react';

type Props = { summary: ReactNode; className?: string; children: ReactNode };

/**
 * A closed <details> with a turning arrow: it works without JavaScript and by keyboard, a footnote
 * link into it opens it (lib/enhance/reveal.ts), and print shows its content without the summary.
 */
export function Disclosure({ summary, className = '', children }: Props) {
  return (
    <details className={`disclosure ${className}`}>
      <summary className="inline-flex min-h-tap cursor-pointer items-center gap-2 font-bold text-link">
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          width="18"
          height="18"
          fill="none"
          stroke="currentColor"
          strokeWidth="3"
          className="disclosure-arrow shrink-0"
        >
          <path d="m9 5 7 7-7 7" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        {summary}
      </summary>
      {children}
    </details>
  );
}
