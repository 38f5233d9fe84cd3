import type { ReactNode } from 'react';
import { checkProps } from '@/lib/content/schemas/components';
import type { StoryContext } from './context';

type Props = { children?: ReactNode; ctx: StoryContext };

/** The background notes of a press release ("Noot voor de redactie"): for journalists, not for publication. */
export function EditorNotes({ ctx, children }: Props) {
  checkProps('EditorNotes', { children });
  const id = ctx.t('EditorNotes.anchor');
  return (
    <section aria-labelledby={id} className="not-prose mt-10 rounded-lg border-2 border-dashed border-rule p-5 text-ink">
      <h2 id={id} className="font-mono text-xl font-semibold uppercase tracking-wider">
        {ctx.t('EditorNotes.title')}
      </h2>
      <div className="prose prose-lg mt-3 max-w-none text-ink prose-a:text-link prose-strong:text-ink">{children}</div>
    </section>
  );
}
