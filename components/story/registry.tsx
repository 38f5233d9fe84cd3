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
import type { PropsOf } from './props';
import { Fact } from './Fact';
import { Figure } from './Figure';
import { HelpBox } from './HelpBox';
import { MythFact } from './MythFact';
import { Quote } from './Quote';
import { Sources } from './Sources';
import { Stat } from './Stat';
import { Trend } from './Trend';
import { widgets } from '@/components/widgets';

// The one registry: every name an editor may write in MDX, bound to the page it renders on.
// Adding a component means adding its props in lib/content/schemas/components.ts and the component
// here: a name in the schemas without a component here (or the other way round) is a type error.
type Registry = { [N in ComponentName]: ComponentType<PropsOf<N>> };
/** Every name of the schemas, and no other: a component here that the schemas do not know is a type error. */
export function registry<U extends Registry>(components: U & Record<Exclude<keyof U, ComponentName>, never>): Registry {
  return components;
}

export function storyComponents(ctx: StoryContext): Registry {
  // A story component that needs the page's context gets it here; MDX passes only the editor's props.
  const bind = <P,>(Component: ComponentType<P & { ctx: StoryContext }>) =>
    function Bound(props: P) {
      return <Component {...props} ctx={ctx} />;
    };
  const factSheetSlug = findByKey(ctx.locale, 'facts')?.slug;
  return registry({
    Chapter,
    Chain,
    ChainStep,
    Fact: bind(Fact),
    Stat: bind(Stat),
    Trend: bind(Trend),
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
    SiteIndex: bind(widgets.SiteIndex),
    StoryList: bind(widgets.StoryList),
    FactSheet: bind(widgets.FactSheet),
    PressReleases: bind(widgets.PressReleases),
    Corrections: bind(widgets.Corrections),
    Quiz: bind(widgets.Quiz),
    InteractiveBill: bind(widgets.InteractiveBill),
    Search: bind(widgets.Search),
    PartnerKit: bind(widgets.PartnerKit),
  });
}
