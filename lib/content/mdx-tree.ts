import { createProcessor } from '@mdx-js/mdx';
import { factProps, type ComponentName } from './schemas/components';

// One MDX parser for the pages, the build, the content check and the review view. A page's tags are
// read from its syntax tree, never from its raw text, so a tag shown in a code block or written in a
// comment ({/* <Quiz /> */}) is not a tag the page uses.

/** A JSX attribute: a string, true when written bare (null), or an expression ({…}). */
export type MdxAttribute = { type: string; name?: string; value?: string | null | { value: string }; position?: { start: { line: number } } };
/** A node of the MDX syntax tree (mdast with the MDX extensions), as far as this project reads it. */
export type MdxNode = {
  type: string;
  name?: string | null;
  attributes?: MdxAttribute[];
  children?: MdxNode[];
  position?: { start: { line: number } };
  url?: string;
  alt?: string | null;
  value?: string;
  /** A heading's level: 2 for ##. */
  depth?: number;
};

const processor = createProcessor({ format: 'mdx' });

/** Parses an MDX body (without frontmatter) into its syntax tree; throws on MDX that cannot be read. */
export function parseMdx(body: string): MdxNode {
  return processor.parse(body) as unknown as MdxNode;
}

export const isJsxElement = (node: MdxNode): boolean => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/** What a page's MDX uses: the components it writes, and the facts its tags name in order of first use. */
export type MdxUses = { components: ReadonlySet<string>; factIds: string[] };

/** The fact id a tag names, through the prop `factProps` gives for it; undefined for other tags. */
export function factIdOf(name: string, props: Record<string, unknown>): string | undefined {
  const prop = factProps[name as ComponentName];
  const id = prop ? props[prop] : undefined;
  return typeof id === 'string' && id !== '' ? id : undefined;
}

/** One walk of a parsed tree: the component names and the fact ids (the source notes are numbered in this order). */
export function usesOf(tree: MdxNode): MdxUses {
  const components = new Set<string>();
  const factIds = new Set<string>();
  const visit = (node: MdxNode) => {
    if (isJsxElement(node) && node.name) {
      components.add(node.name);
      const props = Object.fromEntries((node.attributes ?? []).filter((a) => a.type === 'mdxJsxAttribute' && a.name).map((a) => [a.name!, a.value]));
      const id = factIdOf(node.name, props);
      if (id) factIds.add(id);
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return { components, factIds: [...factIds] };
}

// A body is parsed once: the build asks for its fact ids and its components separately.
const cache = new Map<string, MdxUses>();

/** What an MDX body uses (see `usesOf`), parsed once per body. */
export function mdxUses(body: string): MdxUses {
  let uses = cache.get(body);
  if (!uses) {
    uses = usesOf(parseMdx(body));
    cache.set(body, uses);
  }
  return uses;
}

/** The fact ids a page uses, in order of first use. */
export const factIdsIn = (body: string): string[] => [...mdxUses(body).factIds];

/** True when the page's MDX writes the component as a tag (not in code or a comment). */
export const usesComponent = (body: string, name: ComponentName): boolean => mdxUses(body).components.has(name);
