import { checkProps } from '@/lib/content/schemas/components';
import type { StoryContext } from './context';
import { SourceNote } from './SourceNote';
import type { PropsOf } from './props';

type Props = PropsOf<'Cite'> & { ctx: StoryContext };

/** The editor's own sentence with a numbered note to the fact that says it: a claim in prose gets its source too. */
export function Cite({ ctx, children, ...props }: Props) {
  const { fact } = checkProps('Cite', { ...props, children });
  return (
    <span data-cite={fact}>
      {children}
      <SourceNote id={fact} ctx={ctx} />
    </span>
  );
}
