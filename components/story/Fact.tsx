import { getFact } from '@/lib/content';
import { checkProps } from '@/lib/content/schemas/components';
import type { StoryContext } from './context';
import { SourceNote } from './SourceNote';
import type { PropsOf } from './props';

type Props = PropsOf<'Fact'> & { ctx: StoryContext };

/** A fact from the registry as a sentence, with its numbered source note. */
export function Fact({ ctx, ...props }: Props) {
  const { id } = checkProps('Fact', props);
  const fact = getFact(id);
  return (
    <span data-fact={id}>
      {fact.text[ctx.locale]}
      <SourceNote id={id} ctx={ctx} />
    </span>
  );
}
