import { isJsxElement, parseMdx, type MdxNode as Node } from '@/lib/content/mdx-tree';
import type { Problem } from '@/lib/content/validate';
import { collectProse } from './prose';
import type { Element, Heading, Image, Link, Prose, Text } from './types';
import type { Bilingual } from './lang';

// MDX's own messages are written for programmers; these say what an editor did and how to undo it.
function explain(reason: string): { message: Bilingual; fix: Bilingual } {
  let match = /Expected a closing tag for `<(\w+)>`/.exec(reason);
  if (match)
    return {
      message: { nl: `de tag <${match[1]}> is niet gesloten`, en: `the tag <${match[1]}> is not closed` },
      fix: {
        nl: `zet </${match[1]}> na de inhoud, of eindig de tag met /> als hij geen inhoud heeft (zoals <Fact id="…" />)`,
        en: `add </${match[1]}> after its content, or end the tag with /> when it has no content (like <Fact id="…" />)`,
      },
    };
  match = /Unexpected closing tag `<\/(\w*)>`, expected corresponding closing tag for `<(\w+)>`/.exec(reason);
  if (match)
    return {
      message: {
        nl: `de sluit-tag </${match[1]}> past niet bij de open tag <${match[2]}>`,
        en: `the closing tag </${match[1]}> does not match the open tag <${match[2]}>`,
      },
      fix: {
        nl: `sluit eerst <${match[2]}> met </${match[2]}>, of controleer de spelling van beide tags`,
        en: `close <${match[2]}> with </${match[2]}> first, or check the spelling of both tags`,
      },
    };
  if (/Unexpected closing slash/.test(reason))
    return {
      message: { nl: 'er staat een sluit-tag zonder open tag', en: 'there is a closing tag without an opening tag' },
      fix: { nl: 'haal de sluit-tag weg, of zet de open tag erboven', en: 'remove the closing tag, or add the opening tag above it' },
    };
  if (/before attribute value/.test(reason))
    return {
      message: { nl: 'een waarde in een tag staat niet tussen dubbele aanhalingstekens', en: 'an attribute value is not in double quotes' },
      fix: {
        nl: 'zet de waarde tussen dubbele aanhalingstekens, zoals id="env-dumpings-2024"',
        en: 'write the value in double quotes, like id="env-dumpings-2024"',
      },
    };
  if (/to create a comment in MDX/.test(reason))
    return {
      message: { nl: 'HTML-opmerkingen (<!-- -->) werken niet in MDX', en: 'HTML comments (<!-- -->) do not work in MDX' },
      fix: { nl: 'schrijf een opmerking als {/* je notitie */}', en: 'write a comment as {/* your note */}' },
    };
  if (/in expression|closing brace/.test(reason))
    return {
      message: { nl: 'een { is niet gesloten met }', en: 'a { is not closed with }' },
      fix: {
        nl: 'accolades beginnen code in MDX: haal de { weg, of schrijf \\{ om het teken te tonen',
        en: 'curly braces start code in MDX: remove the {, or write \\{ to show the character',
      },
    };
  if (/Unexpected end of file/.test(reason))
    return {
      message: { nl: 'een tag is niet af (het bestand eindigt erin)', en: 'a tag is not finished (the file ends inside it)' },
      fix: { nl: 'eindig de tag met > of />', en: 'end the tag with > or />' },
    };
  if (/before name/.test(reason))
    return {
      message: { nl: 'een < in de tekst wordt gelezen als het begin van een tag', en: 'a < in the text is read as the start of a tag' },
      fix: { nl: 'schrijf &lt; in plaats van <, of zeg het anders', en: 'write &lt; instead of <, or rephrase' },
    };
  return {
    // MDX's own words stay English: a note for a developer.
    message: {
      nl: `de MDX is niet te lezen: ${reason.replace(/ \(\d+:\d+-\d+:\d+\)$/, '')}`,
      en: `the MDX cannot be read: ${reason.replace(/ \(\d+:\d+-\d+:\d+\)$/, '')}`,
    },
    fix: { nl: 'controleer de tags, aanhalingstekens en accolades op deze regel', en: 'check the tags, quotes and braces on this line' },
  };
}

// Quotes pasted from Word or typed on a phone: they look like quotes, but MDX does not read them as quotes.
const CURLY_QUOTE = /[\u201C\u201D\u201E\u201F\u2018\u2019\u201A\u201B\u00AB\u00BB]/;

function syntaxProblem(file: string, error: unknown, body: string): Problem {
  const e = error as { reason?: string; message?: string; line?: number; place?: { line?: number; start?: { line: number } } };
  const reason = e.reason ?? e.message ?? String(error);
  // Some errors carry their line only inside the reason, as "(3:1-3:17)".
  const line = e.line ?? e.place?.line ?? e.place?.start?.line ?? Number(/\((\d+):\d+-/.exec(reason)?.[1] ?? 0);
  const curly = line && /before attribute value/.test(reason) ? CURLY_QUOTE.exec(body.split('\n')[line - 1] ?? '') : null;
  if (curly) {
    return {
      file,
      line,
      message: {
        nl: `een waarde in een tag begint met het krullende aanhalingsteken ${curly[0]}, en dat leest MDX niet als aanhalingsteken`,
        en: `an attribute value starts with the curly quote ${curly[0]}, which MDX does not read as a quote`,
      },
      fix: {
        nl: 'typ rechte dubbele aanhalingstekens, zoals id="env-dumpings-2024" (krullende komen erin als je tekst uit Word plakt of op een telefoon typt)',
        en: 'type straight double quotes instead, like id="env-dumpings-2024" (curly quotes come in when text is pasted from Word or typed on a phone)',
      },
      unreadable: true,
    };
  }
  return { file, line: line || undefined, ...explain(reason), unreadable: true };
}

/** {…} in the text: MDX runs it as code, so the build fails on it; only a {/* comment *\/} is harmless. */
function expressionProblem(file: string, node: Node): Problem | null {
  const code = node.value ?? '';
  if (/^\s*\/\*[\s\S]*\*\/\s*$/.test(code)) return null;
  const shown = code.length > 40 ? `${code.slice(0, 40)}…` : code;
  return {
    file,
    line: node.position?.start.line,
    message: {
      nl: `tekst tussen accolades wordt als code gelezen, en daarop mislukt de build: {${shown}}`,
      en: `text between curly braces is read as code, and the build fails on it: {${shown}}`,
    },
    fix: {
      nl: 'haal de accolades weg, of schrijf \\{ en \\} om ze als teken te tonen; een notitie voor de redactie schrijf je als {/* zo */}',
      en: 'remove the curly braces, or write \\{ and \\} to show them as characters; a note for editors is written {/* like this */}',
    },
  };
}

function element(node: Node, parent: string | undefined): Element {
  const props: Record<string, unknown> = {};
  const unknown: string[] = [];
  const propLines: Record<string, number> = {};
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) continue;
    const { name, value } = attribute;
    propLines[name] = attribute.position?.start.line ?? node.position?.start.line ?? 0;
    if (value === null || value === undefined) props[name] = true;
    else if (typeof value === 'string') props[name] = value;
    else if (name === 'persona' && /^\s*(true|false)\s*$/.test(value.value)) props[name] = value.value.trim() === 'true';
    else unknown.push(name);
  }
  const hasChildren = (node.children ?? []).some((child) => child.type !== 'text' || (child.value ?? '').trim() !== '');
  return { name: node.name ?? '', props, unknown, line: node.position?.start.line ?? 0, propLines, hasChildren, parent };
}

/** The words of a heading, without its markup (**, `…`, links). */
function plainText(node: Node): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  return (node.children ?? []).map(plainText).join('');
}

/** Parses the MDX body once and collects what the other checks need: tags, links, images and headings. */
export function readMdx(
  file: string,
  body: string,
): { elements: Element[]; links: Link[]; images: Image[]; texts: Text[]; prose: Prose[]; headings: Heading[]; problems: Problem[] } {
  const found = {
    elements: [] as Element[],
    links: [] as Link[],
    images: [] as Image[],
    texts: [] as Text[],
    prose: [] as Prose[],
    headings: [] as Heading[],
    problems: [] as Problem[],
  };
  let tree: Node;
  try {
    tree = parseMdx(body);
  } catch (error) {
    found.problems.push(syntaxProblem(file, error, body));
    return found;
  }
  // parent: the nearest tag around the node; inChapter: whether a <Chapter> is around it at all.
  const visit = (node: Node, parent: string | undefined, inChapter: boolean) => {
    const line = node.position?.start.line ?? 0;
    if (isJsxElement(node) && node.name) {
      const tag = element(node, parent);
      found.elements.push(tag);
      // Chapter.tsx shows its title as an h2; Chain.tsx as an h3 right inside a Chapter, else an h2.
      const title = typeof tag.props.title === 'string' ? tag.props.title : '';
      if (tag.name === 'Chapter') found.headings.push({ level: 2, text: title, line, tag: tag.name, inChapter });
      if (tag.name === 'Chain') found.headings.push({ level: parent === 'Chapter' ? 3 : 2, text: title, line, tag: tag.name, inChapter });
      if (typeof tag.props.href === 'string') {
        const hrefLang = typeof tag.props.hrefLang === 'string' ? tag.props.hrefLang : undefined;
        found.links.push({ url: tag.props.href, line: tag.propLines.href, hrefLang });
      }
      if (tag.name === 'Figure' && typeof tag.props.src === 'string')
        found.images.push({ src: tag.props.src, alt: String(tag.props.alt ?? ''), line, markdown: false });
    }
    if ((node.type === 'link' || node.type === 'definition') && node.url !== undefined) found.links.push({ url: node.url, line });
    if (node.type === 'text' && node.value) found.texts.push({ value: node.value, line });
    if (node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression') {
      const problem = expressionProblem(file, node);
      if (problem) found.problems.push(problem);
    }
    if (node.type === 'image') found.images.push({ src: node.url ?? '', alt: node.alt ?? '', line, markdown: true });
    if (node.type === 'heading' && node.depth) found.headings.push({ level: node.depth, text: plainText(node).trim(), line, inChapter });
    const inside = isJsxElement(node) && node.name ? node.name : parent;
    node.children?.forEach((child) => visit(child, inside, inChapter || inside === 'Chapter'));
  };
  visit(tree, undefined, false);
  found.prose = collectProse(tree);
  return found;
}
