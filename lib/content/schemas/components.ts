import { z } from 'zod';
import { factId, localePattern, localePrefixes } from './common';
import type { Bilingual } from '@/lib/check/lang';
import { say } from './dutch';
import { propIssueMessage } from './errors';

// The props every story component accepts. One list serves the components (a bad prop stops the
// build), the content check (which reads MDX without running it) and the editors' guide.
const text = (what: Bilingual) =>
  z
    .string({ error: say({ nl: `heeft ${what.nl} nodig, als tekst tussen dubbele aanhalingstekens`, en: `needs ${what.en} as text in double quotes` }) })
    .min(1, say({ nl: `heeft ${what.nl} nodig`, en: `needs ${what.en}` }))
    .describe(say(what));
const anchor = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'may only use a-z, 0-9 and - (for example in-je-lijf)').describe('the anchor of the section in links (#in-je-lijf)');
const children = z.any().optional().describe('the content between the opening and closing tag');
const fact = (what: string) => factId.describe(what);

export const billParts = ['health', 'environment', 'society'] as const;
export const calloutTypes = ['info', 'tip', 'warning'] as const;

export const componentProps = {
  Chapter: z.object({ id: anchor, title: text({ nl: 'een titel', en: 'a title' }), children }).strict(),
  Fact: z.object({ id: fact('the fact whose figure (or text) is shown') }).strict(),
  Stat: z.object({ id: fact('the fact whose figure is shown as a large number') }).strict(),
  Trend: z.object({ fact: fact('the fact whose series is drawn as a chart') }).strict(),
  Bill: z.object({ title: text({ nl: 'een titel', en: 'a title' }), total: text({ nl: 'een totaal (in woorden, geen euro\'s)', en: 'a total (words, not euros)' }), children }).strict(),
  BillLine: z
    .object({
      fact: fact('the fact whose figure is printed on the line'),
      part: z.enum(billParts, { error: say({ nl: `moet een van deze zijn: ${billParts.join(', ')}`, en: `must be one of: ${billParts.join(', ')}` }) }).describe('which part of the bill the line belongs to'),
      href: z.string({ error: 'needs a link to the chapter, like /nl/gezondheid/#sterke-pillen' }).regex(new RegExp(`^/${localePattern}/`), say({ nl: `moet een interne link zijn die begint met ${localePrefixes.replaceAll(' or ', ' of ')}`, en: `must be an internal link starting with ${localePrefixes}` })).describe('the chapter that explains the line'),
      children,
    })
    .strict(),
  Chain: z.object({ title: text({ nl: 'een titel', en: 'a title' }), children }).strict(),
  ChainStep: z.object({ title: text({ nl: 'een titel', en: 'a title' }), children }).strict(),
  MythFact: z.object({ myth: text({ nl: 'de mythe', en: 'the myth' }), fact: fact('the fact that answers the myth'), children }).strict(),
  Cite: z.object({ fact: fact('the fact that backs the sentence between the tags'), children }).strict(),
  Quote: z.object({ by: text({ nl: 'een naam', en: 'a name' }), role: text({ nl: 'een rol', en: 'a role' }), persona: z.boolean().optional().describe('a switch: the quote is from an invented person'), children }).strict(),
  Callout: z.object({ type: z.enum(calloutTypes, { error: say({ nl: `moet een van deze zijn: ${calloutTypes.join(', ')}`, en: `must be one of: ${calloutTypes.join(', ')}` }) }).optional().describe('the kind of box: info, tip or warning'), title: text({ nl: 'een titel', en: 'a title' }), children }).strict(),
  HelpBox: z.object({ ids: z.string({ error: 'needs help resource ids separated by commas' }).regex(/^[a-z0-9-]+(\s*,\s*[a-z0-9-]+)*$/, 'must be help resource ids separated by commas').describe('the help resources to show, by id, separated by commas'), title: z.string().optional().describe('a title above the box') }).strict(),
  Figure: z
    .object({
      src: z.string({ error: 'needs an image path under /images/' }).regex(/^\/images\/[\w./-]+\.(svg|png|jpg|jpeg|webp|avif)$/, 'must be an image path under /images/ ending in .svg, .png, .jpg or .webp').describe('the image file, under /images/'),
      alt: text({ nl: 'alt-tekst die de afbeelding beschrijft (of alt="" alleen voor versiering)', en: 'alt text that describes the image (or alt="" only for decoration)' }).or(z.literal('')).describe('words that describe the image for who cannot see it (alt="" only for decoration)'),
      credit: text({ nl: 'een credit (wie de afbeelding maakte)', en: 'a credit (who made the image)' }),
      caption: z.string().optional().describe('a line under the image'),
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
  PartnerKit: z.object({}).strict(),
} as const;

export type ComponentName = keyof typeof componentProps;

/** Which prop of which component names a fact: the source notes, the checks and the build read this one list. */
export const factProps: Partial<Record<ComponentName, 'id' | 'fact'>> = { Fact: 'id', Stat: 'id', Trend: 'fact', BillLine: 'fact', MythFact: 'fact', Cite: 'fact' };
export const componentNames = Object.keys(componentProps) as ComponentName[];

/** Parses a component's props with the props' error map: the build and the content check share it. */
export const parseProps = (name: ComponentName, props: unknown) => componentProps[name].safeParse(props, { error: propIssueMessage });

/** Checks a component's props while the page renders; throws a message that says what is allowed. */
export function checkProps<T>(name: ComponentName, props: T): T {
  const result = parseProps(name, props);
  if (!result.success) {
    const details = result.error.issues.map((issue) => (issue.code === 'unrecognized_keys' ? `unknown prop ${issue.keys.join(', ')}` : `${issue.path.join('.') || 'props'}: ${issue.message}`));
    throw new Error(`<${name}> has a bad prop: ${details.join('; ')}. See content/README.md for what <${name}> accepts.`);
  }
  return props;
}
