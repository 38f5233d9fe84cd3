import type { ComponentType } from 'react';
import type { ComponentName } from '@/lib/content/schemas/components';
import { findByKey } from '@/lib/content';
import { Bill } from './Bill';
import { BillLine } from './BillLine';
import { Callout } from './Callout';
import { Chain, ChainStep } from './Chain';
import { Chapter } from './Chapter';
import { Cite } from './Cite';
import { EditorNotes } from './EditorNotes';
import type { StoryContext } from './context';
import { Fact } from './Fact';
import { Figure } from './Figure';
import { HelpBox } from './HelpBox';
import { MythFact } from './MythFact';
import { Quote } from './Quote';
import { Sources } from './Sources';
import { Stat } from './Stat';
import { widgets } from '@/components/widgets';

// The one registry: every name an editor may write in MDX, bound to the page it renders on.
// Adding a component means adding it here and its props in lib/content/schemas/components.ts.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyComponent = ComponentType<any>;

export function storyComponents(ctx: StoryContext): Partial<Record<ComponentName, AnyComponent>> {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const bind = (Component: AnyComponent) => function Bound(props: any) {
    return <Component {...props} ctx={ctx} />;
  };
  const factSheetSlug = findByKey(ctx.locale, 'facts')?.slug;
  return {
    Chapter,
    Chain,
    ChainStep,
    Fact: bind(Fact),
    Stat: bind(Stat),
    Cite: bind(Cite),
    Bill: bind(Bill),
    BillLine: bind(BillLine),
    MythFact: bind(MythFact),
    Quote: bind(Quote),
    Callout: bind(Callout),
    HelpBox: bind(HelpBox),
    EditorNotes: bind(EditorNotes),
    Figure: bind(Figure),
    Sources: () => <Sources ctx={ctx} factSheetSlug={factSheetSlug} />,
    ...Object.fromEntries(Object.entries(widgets).map(([name, Widget]) => [name, bind(Widget)])),
  };
}
