// What a widget's server component (components/) and its enhancer (lib/enhance) agree on. The
// server writes these names into the HTML and the enhancer finds its elements and texts by them;
// nothing else connects the two, so a name spelt differently on one side used to fail only in the
// browser. Both sides now take the names from here, and a misspelt one is a type error.
//
//   name   data-enhance="<name>" on the widget's root element; lib/enhance/index.ts runs its enhancer
//   parts  data-part="<part>" on the elements the enhancer shows, hides or fills
//   data   data-<key>="<text>" on the root: the texts the enhancer needs, {placeholders} and all,
//          in the page's language (keys as the DOM's dataset spells them: countOne is data-count-one)
//   param  the URL parameter the widget reads (and for the bill, writes)
//   marks  data-<key> on other elements the enhancer looks for, with the value it reads
//
// Lists are in the order the server writes the attributes, so spreading them keeps the HTML as it was.

export type Contract = {
  readonly name: string;
  readonly parts: readonly string[];
  readonly data: readonly string[];
  readonly param?: string;
  readonly marks?: readonly string[];
};

/** The home page's bill (components/widgets/BillSwitch.tsx, lib/enhance/bill.ts). */
export const billWidget = {
  name: 'bill',
  // The lines of each bill (components/story/BillLine.tsx) carry data-part="health" and the like:
  // the bill's parts, not the widget's. part() looks inside them too, so these names differ from those.
  parts: ['links', 'choices', 'scenarios', 'status'],
  data: ['default'],
  // ?bill=<id> with JavaScript; #bill-<id> (the panels' ids) and the radios' name without.
  param: 'bill',
  // data-scenario="<id>" on each panel; data-announcement on each radio, said when it is chosen.
  marks: ['scenario', 'announcement'],
} as const satisfies Contract;

/** A link that becomes a copy button (components/widgets/CopyLink.tsx, copyControl in lib/enhance/dom.ts). */
export const copyWidget = {
  name: 'copy',
  parts: ['link', 'copy', 'status'],
  data: ['url', 'copied', 'failed'],
} as const satisfies Contract;

/** The quiz (components/widgets/Quiz.tsx, lib/enhance/quiz.ts). */
export const quizWidget = {
  name: 'quiz',
  // group, status, check, details and answer once per question; score, with total and again in it, once.
  parts: ['group', 'status', 'check', 'details', 'answer', 'score', 'total', 'again'],
  data: ['check', 'next', 'toScore', 'chooseFirst', 'right', 'wrong', 'correctTag', 'yourTag', 'score'],
  // data-question="<the right option>" on each question; data-tag on the empty "(right answer)" tag of each option.
  marks: ['question', 'tag'],
} as const satisfies Contract;

/** The search page (components/widgets/SearchBox.tsx, lib/enhance/search.ts). */
export const searchWidget = {
  name: 'search',
  parts: ['form', 'input', 'status', 'results'],
  data: ['loading', 'none', 'countOne', 'countOther', 'failed'],
  // A link to the search page with ?q=… searches at once.
  param: 'q',
} as const satisfies Contract;

/** The share control (components/site/ShareControl.tsx, lib/enhance/share.ts): a copy widget and more. */
export const shareWidget = {
  name: 'share',
  // Where there is no share sheet, the copy widget's own enhancer runs on this root.
  parts: ['native', 'links', ...copyWidget.parts],
  data: ['url', 'title', 'copied', 'failed'],
} as const satisfies Contract;

/** The fact sheet's topic filter (components/widgets/TopicFilter.tsx, lib/enhance/topics.ts). */
export const topicsWidget = {
  name: 'topics',
  parts: ['status'],
  data: ['target', 'template', 'total'],
  // In the list data-target names (components/widgets/FactSheet.tsx and FactEntry.tsx):
  // data-topic="<topic>" on each topic's section, data-fact-entry on each fact.
  marks: ['topic', 'factEntry'],
  // The option that shows every topic.
  all: 'all',
} as const satisfies Contract & { all: string };

/** Every widget; lib/enhance/index.ts needs an enhancer for each name. */
export const widgets = [billWidget, copyWidget, quizWidget, searchWidget, shareWidget, topicsWidget] as const;
export type WidgetName = (typeof widgets)[number]['name'];

export type PartName<C extends Contract> = C['parts'][number];
export type DataKey<C extends Contract> = C['data'][number];
export type MarkKey<C extends Contract> = NonNullable<C['marks']>[number];

// The DOM's dataset turns data-count-one into countOne; these turn a key back into its attribute.
type Kebab<S extends string> = S extends `${infer First}${infer Rest}`
  ? `${First extends Lowercase<First> ? First : `-${Lowercase<First>}`}${Kebab<Rest>}`
  : S;
export type DataAttribute<K extends string> = `data-${Kebab<K>}`;

/** data-<key> for a dataset key: countOne is data-count-one. */
export function dataAttribute<K extends string>(key: K): DataAttribute<K> {
  return `data-${key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}` as DataAttribute<K>;
}

type Value = string | number;

/** The root's attributes, to spread on it: data-enhance and every data key (a missing or unknown key is a type error). */
export function widgetRoot<C extends Contract>(
  contract: C,
  data: Record<DataKey<C>, Value>,
): { 'data-enhance': C['name'] } & { [K in DataKey<C> as DataAttribute<K>]: Value } {
  const attributes: Record<string, Value> = { 'data-enhance': contract.name };
  for (const key of contract.data as readonly DataKey<C>[]) attributes[dataAttribute(key)] = data[key];
  return attributes as { 'data-enhance': C['name'] } & { [K in DataKey<C> as DataAttribute<K>]: Value };
}

/** data-part="<name>", to spread on one of the widget's parts. */
export function partAttribute<C extends Contract, N extends PartName<C>>(contract: C, name: N): { 'data-part': N } {
  return { 'data-part': name };
}

/** data-<mark>="<value>", to spread on an element the enhancer looks for. */
export function markAttribute<C extends Contract, K extends MarkKey<C>>(
  contract: C,
  key: K,
  value: Value | true,
): { [A in DataAttribute<K>]: Value | true } {
  return { [dataAttribute(key)]: value } as { [A in DataAttribute<K>]: Value | true };
}
