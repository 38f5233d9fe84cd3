import type { Problem } from '@/lib/content/validate';
import type { Content } from './types';

// A line of the bill and a step of a chain are list items (<li>) of their parent's list: on their own
// they are broken HTML, and a <BillLine> alone shows a figure without the bill it belongs to.
const parents: Record<string, { parent: string; alone: string }> = {
  BillLine: { parent: 'Bill', alone: 'or use <Fact id="…" /> for a figure on its own' },
  ChainStep: { parent: 'Chain', alone: 'or write the text as a plain paragraph' },
};

/** <BillLine> only inside <Bill>, <ChainStep> only inside <Chain>. */
export function checkNesting(content: Content): Problem[] {
  const problems: Problem[] = [];
  for (const doc of content.docs) {
    for (const tag of doc.elements) {
      const rule = parents[tag.name];
      if (!rule || tag.parent === rule.parent) continue;
      problems.push({
        file: doc.file,
        line: tag.line,
        message: `<${tag.name}> must be inside <${rule.parent}>…</${rule.parent}>`,
        fix: `put it between the <${rule.parent}> and </${rule.parent}> tags, ${rule.alone}`,
      });
    }
  }
  return problems;
}
