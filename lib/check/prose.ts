import { isJsxElement as isTag, type MdxNode as Node } from '@/lib/content/mdx-tree';
import { factProps } from '@/lib/content/schemas/components';
import type { Prose } from './types';

const citing = new Set<string>(Object.keys(factProps));
// Tags whose text the page does not show as the editor's prose (a note for editors, code).
const notProse = new Set(['EditorNotes']);

/**
 * The editor's own prose, one unit per paragraph, heading or table cell, with where each text piece
 * starts. A unit cites a fact when it sits inside a tag that names one (<Cite>, <MythFact>, <BillLine>)
 * or holds one inline (<Fact>, <Stat>, <Cite>): the claim check reads this.
 */
export function collectProse(tree: Node): Prose[] {
  const found: Prose[] = [];
  const visit = (node: Node, cited: boolean) => {
    if (isTag(node) && node.name && notProse.has(node.name)) return;
    const inside = cited || (isTag(node) && citing.has(node.name ?? ''));
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      found.push(unit(node, inside));
      return;
    }
    node.children?.forEach((child) => visit(child, inside));
  };
  visit(tree, false);
  return found.filter((prose) => prose.text.trim() !== '');
}

function unit(block: Node, insideCite: boolean): Prose {
  const prose: Prose = { text: '', pieces: [], cited: insideCite, line: block.position?.start.line ?? 0 };
  const walk = (node: Node, cited: boolean) => {
    if (isTag(node) && citing.has(node.name ?? '')) prose.cited = true;
    if (node.type === 'text' && node.value) {
      prose.pieces.push({ offset: prose.text.length, line: node.position?.start.line ?? prose.line });
      prose.text += node.value;
    }
    node.children?.forEach((child) => walk(child, cited));
  };
  walk(block, insideCite);
  return prose;
}

/** The line a character of the unit's text is on. */
export function lineAt(prose: Prose, offset: number): number {
  const piece = [...prose.pieces].reverse().find((item) => item.offset <= offset);
  if (!piece) return prose.line;
  return piece.line + (prose.text.slice(piece.offset, offset).match(/\n/g)?.length ?? 0);
}
