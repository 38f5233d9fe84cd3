import { checkProps } from '@/lib/content/schemas/components';
import type { StoryContext } from './context';
import type { PropsOf } from './props';

type Props = PropsOf<'EditorNotes'> & { ctx: StoryContext };

/** The background notes of a press release ("Noot voor de redactie"): for journalists, not for publication. */
export function EditorNotes({ ctx, children }: Props) {
  checkProps('EditorNotes', { children });
  const id = ctx.t('EditorNotes.anchor');
  // Inside the page's prose on purpose: the notes are a list, and prose gives it bullets and spacing.
  return (
    <section aria-labelledby={id} className="mt-10 rounded-lg border-2 border-dashed border-rule px-5 py-1">
      <h2 id={id} className="font-mono text-xl font-semibold tracking-wider uppercase">
        {ctx.t('EditorNotes.title')}
      </h2>
      {children}
    </section>
  );
}
