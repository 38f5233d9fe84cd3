import type { z } from 'zod';
import { isLocale } from '@/i18n/routing';
import { componentNames, componentProps, parseProps, type ComponentName } from '@/lib/content/schemas/components';
import type { Problem } from '@/lib/content/validate';
import { keysOf } from './schema';
import { didYouMean } from './suggest';
import type { Content, Element } from './types';
import { inLang, join, type Bilingual } from './lang';
import { dutchSchemaWords } from '@/lib/content/schemas/dutch';

// The words come from the props' error map (propIssueMessage): a union (like Figure's alt) says
// what its first form expects.
function wordsOf(issue: z.core.$ZodIssue): Bilingual {
  const words = issue.code === 'invalid_union' ? (issue.errors[0]?.[0]?.message ?? issue.message) : issue.message;
  return { nl: dutchSchemaWords(words), en: words };
}

function propProblems(file: string, tag: Element, name: ComponentName): Problem[] {
  const schema = componentProps[name];
  const known = keysOf(schema).filter((key) => key !== 'children');
  const props: Record<string, unknown> = { ...tag.props };
  // A tag with content passes it as children; components without children reject it, as the build does.
  if (tag.hasChildren) props.children = 'content';
  const result = parseProps(name, props);
  if (result.success) return [];
  const problems: Problem[] = [];
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        if (key === 'children') {
          problems.push({
            file,
            line: tag.line,
            message: { nl: `<${name}> mag geen inhoud tussen de tags hebben`, en: `<${name}> cannot have content between its tags` },
            fix: { nl: `schrijf het als één tag die zichzelf sluit: <${name} … />`, en: `write it as one self-closing tag: <${name} … />` },
          });
        } else {
          const allowed = known.length
            ? { nl: `<${name}> kent: ${known.join(', ')}.`, en: `<${name}> accepts: ${known.join(', ')}.` }
            : { nl: `<${name}> heeft geen eigenschappen.`, en: `<${name}> takes no props.` };
          problems.push({
            file,
            line: tag.propLines[key] ?? tag.line,
            message: { nl: `<${name}> heeft geen eigenschap "${key}"`, en: `<${name}> has no prop "${key}"` },
            fix: join(
              { nl: 'haal het weg of verbeter de spelling.', en: 'remove it or fix its spelling.' },
              didYouMean(key, known),
              ' ',
              allowed,
            ),
          });
        }
      }
      continue;
    }
    const key = String(issue.path[0] ?? '');
    // {expressions} cannot be read without running the page: present, value unknown.
    if (tag.unknown.includes(key)) continue;
    if (!(key in props)) {
      problems.push({
        file,
        line: tag.line,
        message: { nl: `<${name}> mist de verplichte eigenschap "${key}"`, en: `<${name}> is missing the required prop "${key}"` },
        fix: { nl: `zet ${key}="…" in de tag: de waarde ${wordsOf(issue).nl}`, en: `add ${key}="…" to the tag: it ${wordsOf(issue).en}` },
      });
    } else {
      const value = typeof props[key] === 'string' ? `"${props[key]}"` : `{${String(props[key])}}`;
      const hint = props[key] === true ? { nl: ` (schrijf ${key}="…" met een waarde)`, en: ` (write ${key}="…" with a value)` } : '';
      problems.push({
        file,
        line: tag.propLines[key] ?? tag.line,
        message: {
          nl: `<${name}> eigenschap "${key}" heeft een verkeerde waarde ${value}: de waarde ${wordsOf(issue).nl}${inLang(hint, 'nl')}`,
          en: `<${name}> prop "${key}" has a bad value ${value}: it ${wordsOf(issue).en}${inLang(hint, 'en')}`,
        },
        fix: { nl: `verbeter de waarde van ${key}`, en: `correct the value of ${key}` },
      });
    }
  }
  return problems;
}

// <a> is not a story component: MDX writes it as a plain HTML link. It is allowed only in the one
// form the link check reads as a deliberate link to the other language (link-language.ts).
function otherLanguageLink(file: string, tag: Element): Problem[] {
  const props = Object.keys(tag.props).concat(tag.unknown);
  const fine =
    typeof tag.props.href === 'string' &&
    isLocale(String(tag.props.hrefLang)) &&
    props.every((key) => key === 'href' || key === 'hrefLang');
  if (fine) return [];
  return [
    {
      file,
      line: tag.line,
      message: {
        nl: '<a> is alleen voor een link naar de andere taal, geschreven als <a href="/nl/…" hrefLang="nl">…</a>',
        en: '<a> is only for a link to the other language, written as <a href="/nl/…" hrefLang="nl">…</a>',
      },
      fix: {
        nl: 'geef het href en hrefLang="nl" of hrefLang="en" (de taal van de pagina die de link opent), en verder niets; schrijf elke andere link als [tekst](/nl/…)',
        en: 'give it href and hrefLang="nl" or hrefLang="en" (the language of the page it opens), and nothing else; write any other link as [text](/nl/…)',
      },
    },
  ];
}

/** Every tag must be a known story component with props that the component accepts. */
export function checkComponents(content: Content): Problem[] {
  const names = new Set<string>(componentNames);
  return content.docs.flatMap((doc) =>
    doc.elements.flatMap((tag) => {
      if (names.has(tag.name)) return propProblems(doc.file, tag, tag.name as ComponentName);
      if (tag.name === 'a') return otherLanguageLink(doc.file, tag);
      const fix = join(
        {
          nl: 'gebruik een van de onderdelen uit de gids voor redacteuren (content/README.md).',
          en: "use one of the components in the editors' guide (content/README.md).",
        },
        didYouMean(tag.name, componentNames, (s) => `<${s}>`),
      );
      return [
        { file: doc.file, line: tag.line, message: { nl: `onbekend onderdeel <${tag.name}>`, en: `unknown component <${tag.name}>` }, fix },
      ];
    }),
  );
}
