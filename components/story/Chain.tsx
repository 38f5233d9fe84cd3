import { checkProps } from '@/lib/content/schemas/components';
import type { PropsOf } from './props';

type Props = PropsOf<'Chain'> & { [IN_CHAPTER]?: boolean };

// Set by <Chapter> on a Chain directly inside it, so the Chain's title ranks below the chapter's
// h2; a Chain between chapters is a section of its own (h2). Not a prop editors can type.
export const IN_CHAPTER = 'data-in-chapter';

/** The steps from one purchase to its consequences, as a numbered list with a line between steps. */
export function Chain({ [IN_CHAPTER]: inChapter, ...props }: Props) {
  const { title, children } = checkProps('Chain', props);
  const Heading = inChapter ? 'h3' : 'h2';
  return (
    <div className="not-prose my-8">
      <Heading className="text-xl font-bold">{title}</Heading>
      <ol className="chain mt-4 space-y-0 border-l-4 border-accent pl-6">{children}</ol>
    </div>
  );
}

type StepProps = PropsOf<'ChainStep'>;

export function ChainStep(props: StepProps) {
  const { title, children } = checkProps('ChainStep', props);
  return (
    <li className="relative pb-6 before:absolute before:top-1.5 before:-left-[2.1rem] before:h-4 before:w-4 before:rounded-full before:border-4 before:border-accent before:bg-paper last:pb-0">
      <strong className="block text-lg">{title}</strong>
      <div className="mt-1 space-y-2 [&_p]:mt-1">{children}</div>
    </li>
  );
}
