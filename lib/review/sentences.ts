import type { Locale } from '@/i18n/routing';
import { parseMdx, type MdxNode as Node } from '@/lib/content/mdx-tree';
import type { Fact } from '@/lib/content/schemas/fact';
import type { Claim, ClaimFinder } from './claims';

// The sentences of one MDX page and the facts each cites, for the fact-checkers' review view
// (issue 11). The MDX is parsed into its syntax tree, the same parser the content check uses, so a
// tag is a tag wherever it stands, and a "<" in the prose is not mistaken for one.

/** One fact a sentence cites, and the tag that cites it (Fact, Stat, BillLine, MythFact, Cite, …). */
export type Citation = { id: string; tag: string };

/**
 * One sentence of the page, or one block that cites facts on its own (a <Stat>, a <MythFact>).
 * `text` is what a reader sees: a <Fact> stands as the fact's sentence, a <Stat> as figure and label.
 */
export type Finding = {
  line: number;
  kind: 'sentence' | 'block' | 'field';
  /** Where the text comes from when it is not running text: the tag, or a prop or frontmatter field. */
  where?: string;
  text: string;
  citations: Citation[];
  /** For a block: the paragraph just before it, which the block usually supports. */
  context?: string;
  /** The facts cited anywhere in the same paragraph or block. */
  paragraphFactIds: string[];
  /** The claims the claim check found in the text (lib/review/claims.ts). */
  claims: Claim[];
  /** A claim, and no fact cited in the sentence or its paragraph. */
  uncited: boolean;
};

/** A widget tag's own findings (the bill's scenarios, the quiz's questions), which its data holds, not the MDX. */
export type WidgetFindings = (line: number) => Omit<Finding, 'claims' | 'uncited'>[];

type Options = { locale: Locale; facts: ReadonlyMap<string, Fact>; findClaims?: ClaimFinder; widgets?: Record<string, WidgetFindings> };

// Props that hold prose a reader sees (a chapter's title, a myth): claims there count too.
const proseProps = ['title', 'myth', 'caption', 'total', 'summary'];
// A sentence ends at . ! ? or … (and a closing quote or bracket), before a space and a capital or digit.
const boundary = /(?<=[.!?…]["'”’)]*)\s+(?=["'“‘(]?[\p{Lu}\d])/u;
const endsSentence = /[.!?…]["'”’)]*\s*$/;
const startsSentence = /^\s+["'“‘(]?[\p{Lu}\d]/u;

const lineOf = (node: Node) => node.position?.start.line ?? 0;
const stringProps = (node: Node) =>
  Object.fromEntries(
    (node.attributes ?? [])
      .filter((a) => a.type === 'mdxJsxAttribute' && a.name && typeof a.value === 'string')
      .map((a) => [a.name!, a.value as string]),
  );
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Keeps the frontmatter's lines as empty lines, so a line in the tree is the line in the file. */
export function withoutFrontmatter(source: string): string {
  const match = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(source);
  return match ? '\n'.repeat(match[0].split('\n').length - 1) + source.slice(match[0].length) : source;
}

/** The fact ids a tag names: any string prop whose value, or one of its comma-separated parts, is a fact id. */
function factsNamedBy(node: Node, facts: ReadonlyMap<string, Fact>): Citation[] {
  const ids = Object.values(stringProps(node)).flatMap((value) => value.split(',').map((part) => part.trim()));
  return [...new Set(ids.filter((id) => facts.has(id)))].map((id) => ({ id, tag: node.name ?? '' }));
}

/** The plain text of inline content, without looking up facts. */
function plain(nodes: Node[] = []): string {
  return nodes
    .map((node) =>
      node.type === 'text' || node.type === 'inlineCode' ? (node.value ?? '') : node.type === 'break' ? ' ' : plain(node.children),
    )
    .join('');
}

export function reviewFindings(source: string, { locale, facts, findClaims = () => [], widgets = {} }: Options): Finding[] {
  const tree = parseMdx(withoutFrontmatter(source));
  const findings: Finding[] = [];

  /** What a citing tag shows a reader, in this language. */
  const shown = (node: Node, citations: Citation[]): string => {
    const words = squash(plain(node.children));
    const fact = facts.get(citations[0]?.id ?? '');
    if (!fact) return words;
    if (node.name === 'Fact') return fact.text[locale];
    if (node.name === 'Stat') return squash(`${fact.figure?.[locale] ?? ''} ${fact.label?.[locale] ?? ''}`);
    if (node.name === 'BillLine') return squash(`${words}: ${fact.figure?.[locale] ?? ''}`);
    if (node.name === 'MythFact') return squash(`${stringProps(node).myth ?? ''} → ${fact.text[locale]} ${words}`);
    return words || fact.text[locale];
  };

  const add = (finding: Omit<Finding, 'claims' | 'uncited'>) => {
    const claims = findClaims(finding.text, locale);
    const cited = finding.citations.length > 0 || finding.paragraphFactIds.length > 0;
    findings.push({ ...finding, claims, uncited: claims.length > 0 && !cited });
  };

  /** Splits a paragraph or heading into sentences, each with the facts its tags cite. */
  const textBlock = (block: Node) => {
    type Sentence = { line: number; text: string; citations: Citation[] };
    const sentences: Sentence[] = [];
    let current: Sentence = { line: lineOf(block), text: '', citations: [] };
    const flush = (line: number) => {
      if (current.text.trim() !== '' || current.citations.length > 0) sentences.push({ ...current, text: squash(current.text) });
      current = { line, text: '', citations: [] };
    };
    const visit = (node: Node, next?: Node) => {
      if (node.type === 'mdxJsxTextElement') {
        const citations = factsNamedBy(node, facts);
        if (citations.length > 0) {
          const alone = current.text.trim() === '';
          if (alone) current.line = lineOf(node);
          current.text += shown(node, citations);
          current.citations.push(...citations);
          // A tag on a line of its own (the lines of a <Bill>) is read as its own sentence.
          if (alone && (!next || (next.type === 'text' && /^\s*\n/.test(next.value ?? '')))) flush(lineOf(node));
          return;
        }
      }
      if (node.type === 'text' || node.type === 'inlineCode') {
        const value = node.value ?? '';
        if (endsSentence.test(current.text) && startsSentence.test(value)) flush(lineOf(node));
        const pieces = value.split(boundary);
        let line = lineOf(node);
        pieces.forEach((piece, index) => {
          if (index > 0) flush(line);
          if (current.text.trim() === '') current.line = line;
          current.text += piece;
          line += (piece.match(/\n/g) ?? []).length;
        });
        return;
      }
      if (node.type === 'break') current.text += ' ';
      visitAll(node.children);
    };
    const visitAll = (nodes: Node[] = []) => nodes.forEach((node, index) => visit(node, nodes[index + 1]));
    visitAll(block.children);
    flush(0);
    const paragraphFactIds = [...new Set(sentences.flatMap((sentence) => sentence.citations.map((citation) => citation.id)))];
    for (const sentence of sentences) add({ kind: 'sentence', ...sentence, paragraphFactIds });
  };

  const walk = (node: Node, previousText?: string) => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      textBlock(node);
      return;
    }
    if (node.type === 'mdxJsxFlowElement') {
      widgets[node.name ?? '']?.(lineOf(node)).forEach(add);
      const props = stringProps(node);
      for (const name of proseProps) {
        if (props[name])
          add({
            line: lineOf(node),
            kind: 'field',
            where: `<${node.name} ${name}>`,
            text: squash(props[name]),
            citations: [],
            paragraphFactIds: [],
          });
      }
      const citations = factsNamedBy(node, facts);
      if (citations.length > 0) {
        add({
          line: lineOf(node),
          kind: 'block',
          where: `<${node.name}>`,
          text: shown(node, citations),
          citations,
          context: previousText,
          paragraphFactIds: citations.map((citation) => citation.id),
        });
        // The block's own words are part of what it shows: they are not read again as sentences.
        return;
      }
    }
    let previous: string | undefined;
    for (const child of node.children ?? []) {
      walk(child, previous);
      previous = child.type === 'paragraph' ? squash(plain(child.children)) : previous;
    }
  };
  walk(tree);
  return findings.sort((a, b) => a.line - b.line);
}

/** The frontmatter fields a reader sees, as findings: a claim in a title or description counts too. */
export function fieldFindings(
  fields: { name: string; value: string | undefined; line: number }[],
  locale: Locale,
  findClaims: ClaimFinder = () => [],
): Finding[] {
  return fields
    .filter((field) => field.value)
    .map((field) => {
      const claims = findClaims(field.value!, locale);
      return {
        line: field.line,
        kind: 'field' as const,
        where: field.name,
        text: field.value!,
        citations: [],
        paragraphFactIds: [],
        claims,
        uncited: claims.length > 0,
      };
    });
}
