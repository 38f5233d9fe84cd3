import { checkProps } from '@/lib/content/schemas/components';
import type { StoryContext } from './context';
import type { PropsOf } from './props';

type Props = PropsOf<'Quote'> & { ctx: StoryContext };

/** Words with a name and role. An invented persona always says so, in text, not only in style. */
export function Quote({ ctx, children, ...props }: Props) {
  const { by, role, persona } = checkProps('Quote', { ...props, children });
  return (
    <figure className="not-prose my-8 border-l-4 border-rule pl-5">
      <blockquote className="text-lead italic">{children}</blockquote>
      <figcaption className="mt-2 text-base">
        <span className="font-bold">{by}</span>, {role}
        {persona ? <span className="mt-1 block text-sm text-muted">({ctx.t('Quote.persona')})</span> : null}
      </figcaption>
    </figure>
  );
}
