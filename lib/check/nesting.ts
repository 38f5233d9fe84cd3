import type { Problem } from '@/lib/content/validate';
import type { Content } from './types';
import type { Bilingual } from './lang';

// A line of the bill and a step of a chain are list items (<li>) of their parent's list: on their own
// they are broken HTML, and a <BillLine> alone shows a figure without the bill it belongs to.
const parents: Record<string, { parent: string; alone: Bilingual }> = {
  BillLine: {
    parent: 'Bill',
    alone: { nl: 'of gebruik <Fact id="…" /> voor een los cijfer', en: 'or use <Fact id="…" /> for a figure on its own' },
  },
  ChainStep: { parent: 'Chain', alone: { nl: 'of schrijf de tekst als een gewone alinea', en: 'or write the text as a plain paragraph' } },
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
        message: {
          nl: `<${tag.name}> moet binnen <${rule.parent}>…</${rule.parent}> staan`,
          en: `<${tag.name}> must be inside <${rule.parent}>…</${rule.parent}>`,
        },
        fix: {
          nl: `zet het tussen de tags <${rule.parent}> en </${rule.parent}>, ${rule.alone.nl}`,
          en: `put it between the <${rule.parent}> and </${rule.parent}> tags, ${rule.alone.en}`,
        },
      });
    }
  }
  return problems;
}
