import type { ReactNode } from 'react';
import { checkProps } from '@/lib/content/schemas/components';

type Props = { id: string; title: string; children?: ReactNode };

/** A titled section with its own anchor, so journalists and the bill can link straight to it. */
export function Chapter(props: Props) {
  const { id, title, children } = checkProps('Chapter', props);
  return (
    <section aria-labelledby={id} className="chapter scroll-mt-4">
      <h2 id={id}>
        <a href={`#${id}`} className="no-underline hover:underline">
          {title}
        </a>
      </h2>
      {children}
    </section>
  );
}
