import { Children, cloneElement, isValidElement } from 'react';
import { Chain, IN_CHAPTER } from './Chain';
import { checkProps } from '@/lib/content/schemas/components';
import type { PropsOf } from './props';

type Props = PropsOf<'Chapter'>;

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
      {Children.map(children, (child) =>
        isValidElement(child) && child.type === Chain ? cloneElement(child, { [IN_CHAPTER]: true } as object) : child,
      )}
    </section>
  );
}
