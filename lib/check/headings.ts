import type { Problem } from '@/lib/content/validate';
import type { Content, Heading } from './types';
import type { Bilingual } from './lang';

// Screen readers list a page's headings as its table of contents, and a skipped level (## then ####)
// reads as a missing section. The page's title (frontmatter) is its only # heading, and a <Chapter>
// shows its title as a ##, so the editor's own headings start at ## on the page and ### in a chapter.

const hashes = (level: number) => '#'.repeat(level);
const short = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

function above(heading: Heading | undefined): Bilingual {
  if (!heading) return { nl: 'de titel van de pagina (niveau 1)', en: 'the page title (level 1)' };
  if (heading.tag)
    return {
      nl: `de titel van <${heading.tag}> "${short(heading.text)}" (niveau ${heading.level})`,
      en: `the title of <${heading.tag}> "${short(heading.text)}" (level ${heading.level})`,
    };
  return {
    nl: `"${short(heading.text)}" (niveau ${heading.level}, ${hashes(heading.level)})`,
    en: `"${short(heading.text)}" (level ${heading.level}, ${hashes(heading.level)})`,
  };
}

/** Heading levels go down one step at a time: ## then ###, never ## then ####. */
export function checkHeadings(content: Content): Problem[] {
  const problems: Problem[] = [];
  for (const doc of content.docs) {
    let previous: Heading | undefined;
    // The level the heading above has once fixed, so one mistake does not make the next heading wrong too.
    let level = 1;
    for (const heading of doc.headings) {
      const name = short(heading.text);
      const top = heading.inChapter ? 3 : 2;
      if (!heading.tag && heading.level < top) {
        problems.push({
          file: doc.file,
          line: heading.line,
          message: {
            nl: `de kop "${name}" is niveau ${heading.level} (${hashes(heading.level)}), even groot als ${heading.inChapter ? 'de titel van de <Chapter> eromheen' : 'de titel van de pagina'}`,
            en: `the heading "${name}" is level ${heading.level} (${hashes(heading.level)}), as big as ${heading.inChapter ? 'the title of the <Chapter> around it' : 'the page title'}`,
          },
          fix: {
            nl: `schrijf het als ${hashes(top)} ${heading.text}: ${heading.inChapter ? 'binnen een <Chapter> beginnen koppen bij ###' : 'de titel bovenaan het bestand is de enige kop met #, dus koppen in de tekst beginnen bij ##'}`,
            en: `write it as ${hashes(top)} ${heading.text}: ${heading.inChapter ? 'inside a <Chapter>, headings start at ###' : 'the title at the top of the file is the only # heading, so headings in the text start at ##'}`,
          },
        });
        level = top;
      } else if (heading.level > level + 1) {
        problems.push({
          file: doc.file,
          line: heading.line,
          message: {
            nl: `de kop "${name}" is niveau ${heading.level} (${hashes(heading.level)}), maar de kop erboven is ${above(previous).nl}: er is een niveau overgeslagen`,
            en: `the heading "${name}" is level ${heading.level} (${hashes(heading.level)}), but the heading above it is ${above(previous).en}: a level is skipped`,
          },
          fix: {
            nl: `schrijf het als ${hashes(level + 1)} ${heading.text}, één niveau onder de kop erboven`,
            en: `write it as ${hashes(level + 1)} ${heading.text}, one level below the heading above it`,
          },
        });
        level += 1;
      } else {
        level = heading.level;
      }
      previous = heading;
    }
  }
  return problems;
}
