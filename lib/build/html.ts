import { parse, type DefaultTreeAdapterTypes } from 'parse5';

// The post-build steps change Next's HTML in a few places. They find those places with an HTML
// parser (parse5, the parser jsdom uses), so attribute order, quoting or case in Next's markup do not
// matter, and then edit the original text at the parser's offsets: everything they do not touch stays
// byte for byte as Next wrote it.
export type Element = DefaultTreeAdapterTypes.Element;
type Node = DefaultTreeAdapterTypes.ChildNode | DefaultTreeAdapterTypes.Document;

/** Every element of a page in document order, with its place in the source. */
export function elementsOf(html: string): Element[] {
  const found: Element[] = [];
  const visit = (node: Node) => {
    if ('tagName' in node) found.push(node);
    if ('childNodes' in node) node.childNodes.forEach(visit);
    if ('content' in node) node.content.childNodes.forEach(visit);
  };
  visit(parse(html, { sourceCodeLocationInfo: true }));
  return found;
}

export function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value;
}

/** A script's or style's text exactly as written in the source (what a CSP hash is taken over). */
export function rawText(html: string, element: Element): string {
  const at = element.sourceCodeLocation;
  if (!at?.startTag || !at.endTag) return '';
  return html.slice(at.startTag.endOffset, at.endTag.startOffset);
}

export type Edit = { start: number; end: number; text: string };

/** The source with each [start, end) span replaced by its text; the spans must not overlap. */
export function applyEdits(html: string, edits: readonly Edit[]): string {
  let result = html;
  for (const edit of [...edits].sort((a, b) => b.start - a.start))
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  return result;
}

function location(element: Element) {
  const at = element.sourceCodeLocation;
  if (!at) throw new Error(`<${element.tagName}> has no source location`);
  return at;
}

export const remove = (element: Element): Edit => ({ start: location(element).startOffset, end: location(element).endOffset, text: '' });

export const insertAfter = (element: Element, text: string): Edit => ({
  start: location(element).endOffset,
  end: location(element).endOffset,
  text,
});

/** Text inserted just before an element's end tag, such as </head>; an error when it has none in the source. */
export function insertBeforeEnd(element: Element, text: string): Edit {
  const end = location(element).endTag;
  if (!end) throw new Error(`<${element.tagName}> has no end tag in the source`);
  return { start: end.startOffset, end: end.startOffset, text };
}
