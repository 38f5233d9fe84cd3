import { checkProps } from '@/lib/content/schemas/components';
import type { StoryContext } from './context';
import type { PropsOf } from './props';

type Props = PropsOf<'Callout'> & { ctx: StoryContext };

const styles = { info: 'border-link', tip: 'border-[#15803d]', warning: 'border-accent' } as const;

/** A highlighted aside. The type is said in words too, not only by colour. */
export function Callout({ ctx, children, ...props }: Props) {
  const { type = 'info', title } = checkProps('Callout', { ...props, children });
  return (
    <div role="note" className={`not-prose my-8 rounded-lg border-l-8 bg-paper p-5 text-ink ${styles[type]}`}>
      <p className="text-sm font-bold tracking-wider text-muted uppercase">{ctx.t(`Callout.${type}`)}</p>
      <p className="mt-1 text-lg font-bold">{title}</p>
      <div className="mt-2 space-y-3">{children}</div>
    </div>
  );
}
