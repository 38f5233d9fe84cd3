import { z } from 'zod';
import { factId } from './common';

// The props every story component accepts. One list serves the components (a bad prop stops the
// build), the content check (which reads MDX without running it) and the editors' guide.
const text = (what: string) => z.string({ error: `needs ${what} as text in double quotes` }).min(1, `needs ${what}`);
const anchor = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'may only use a-z, 0-9 and - (for example in-je-lijf)');
const children = z.any().optional();

export const billParts = ['health', 'environment', 'society'] as const;
export const calloutTypes = ['info', 'tip', 'warning'] as const;

export const componentProps = {
  Chapter: z.object({ id: anchor, title: text('a title'), children }).strict(),
  Fact: z.object({ id: factId }).strict(),
  Stat: z.object({ id: factId }).strict(),
  Bill: z.object({ title: text('a title'), total: text('a total (words, not euros)'), children }).strict(),
  BillLine: z
    .object({
      fact: factId,
      part: z.enum(billParts, { error: `must be one of: ${billParts.join(', ')}` }),
      href: z.string({ error: 'needs a link to the chapter, like /nl/gezondheid/#sterke-pillen' }).regex(/^\/(nl|en)\//, 'must be an internal link starting with /nl/ or /en/'),
      children,
    })
    .strict(),
  Chain: z.object({ title: text('a title'), children }).strict(),
  ChainStep: z.object({ title: text('a title'), children }).strict(),
  MythFact: z.object({ myth: text('the myth'), fact: factId, children }).strict(),
  Cite: z.object({ fact: factId, children }).strict(),
  Quote: z.object({ by: text('a name'), role: text('a role'), persona: z.boolean().optional(), children }).strict(),
  Callout: z.object({ type: z.enum(calloutTypes, { error: `must be one of: ${calloutTypes.join(', ')}` }).optional(), title: text('a title'), children }).strict(),
  HelpBox: z.object({ ids: z.string({ error: 'needs help resource ids separated by commas' }).regex(/^[a-z0-9-]+(\s*,\s*[a-z0-9-]+)*$/, 'must be help resource ids separated by commas'), title: z.string().optional() }).strict(),
  Figure: z
    .object({
      src: z.string({ error: 'needs an image path under /images/' }).regex(/^\/images\/[\w./-]+\.(svg|png|jpg|jpeg|webp|avif)$/, 'must be an image path under /images/ ending in .svg, .png, .jpg or .webp'),
      alt: text('alt text that describes the image (or alt="" only for decoration)').or(z.literal('')),
      credit: text('a credit (who made the image)'),
      caption: z.string().optional(),
    })
    .strict(),
  EditorNotes: z.object({ children }).strict(),
  Sources: z.object({}).strict(),
  FactSheet: z.object({}).strict(),
  PressReleases: z.object({}).strict(),
  Corrections: z.object({}).strict(),
  Quiz: z.object({}).strict(),
  SiteIndex: z.object({}).strict(),
  InteractiveBill: z.object({}).strict(),
  StoryList: z.object({}).strict(),
  Search: z.object({}).strict(),
} as const;

export type ComponentName = keyof typeof componentProps;

/** Which prop of which component names a fact: the source notes, the checks and the build read this one list. */
export const factProps: Partial<Record<ComponentName, 'id' | 'fact'>> = { Fact: 'id', Stat: 'id', BillLine: 'fact', MythFact: 'fact', Cite: 'fact' };
export const componentNames = Object.keys(componentProps) as ComponentName[];

/** Checks a component's props while the page renders; throws a message that says what is allowed. */
export function checkProps<T>(name: ComponentName, props: T): T {
  const result = componentProps[name].safeParse(props);
  if (!result.success) {
    const details = result.error.issues.map((issue) => (issue.code === 'unrecognized_keys' ? `unknown prop ${issue.keys.join(', ')}` : `${issue.path.join('.') || 'props'}: ${issue.message}`));
    throw new Error(`<${name}> has a bad prop: ${details.join('; ')}. See content/README.md for what <${name}> accepts.`);
  }
  return props;
}
