import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { runChecks } from '@/lib/check';
import { localToday } from '@/lib/check/review';
import type { Problem } from '@/lib/content/validate';
import { filesUnder } from '@/lib/walk';

// `npm run dev` only (issue 13): what the content check says about the page in the browser.
// Contentlayer keeps serving its last good data when a file fails, so the check reads the files
// themselves, like `npm run content:check`, with the same messages.

/** The folders the content check reads. */
const checked = ['content', 'messages', 'public'];

type Cache = { key: string; problems: Problem[] };
// Kept on globalThis: Next.js reloads this module on an edit, and a check takes a second or two.
const store = globalThis as typeof globalThis & { __devContentCheck?: Cache };

/** Every file the check reads with its time and size: the check runs again only when one changes. */
function signature(root: string): string {
  return checked
    .map((folder) => path.join(root, folder))
    .filter((dir) => existsSync(dir))
    .flatMap((dir) =>
      filesUnder(dir).map((rel) => {
        const stat = statSync(path.join(dir, rel));
        return `${dir}/${rel}:${stat.mtimeMs}:${stat.size}`;
      }),
    )
    .join('\n');
}

/** The content check's problems for the content as it is on disk now (cached while no file changes). */
export function currentProblems(root = process.cwd()): Problem[] {
  const today = localToday();
  const key = `${today}\n${signature(root)}`;
  if (store.__devContentCheck?.key !== key) store.__devContentCheck = { key, problems: runChecks(root, today).problems };
  return store.__devContentCheck.problems;
}

/** What a preview shows: the problems that stop this page, and those of other unreadable files. */
export type PageProblems = { own: Problem[]; elsewhere: Problem[] };

const isError = (problem: Problem) => problem.level !== 'warning';

/**
 * Sorts the problems for one page: errors and warnings in the files it uses go above it (errors
 * replace it), and an unreadable file anywhere is named too, since the preview may then be outdated.
 */
export function problemsForPage(problems: Problem[], files: Iterable<string>): PageProblems {
  const used = new Set(files);
  const own = problems.filter((problem) => used.has(problem.file));
  const elsewhere = problems.filter((problem) => !used.has(problem.file) && problem.unreadable && isError(problem));
  return { own, elsewhere };
}

export const hasErrors = (problems: Problem[]): boolean => problems.some(isError);

const docFile = /^content\/(pages|stories|press)\/([^/]+)\/.+\.mdx$/;

/**
 * The page files (content/pages|stories|press/<locale>/…) with a problem whose slug is `slug`, read
 * from the file itself: a new or renamed page that Contentlayer could not read has no route yet.
 */
export function filesWithSlug(problems: Problem[], locale: string, slug: string, root = process.cwd()): string[] {
  const files = new Set(problems.map((problem) => problem.file).filter((file) => docFile.exec(file)?.[2] === locale));
  return [...files].filter((file) => {
    const full = path.join(root, file);
    if (!existsSync(full)) return false;
    const line = /^slug:[ \t]*(.*)$/m.exec(readFileSync(full, 'utf8'));
    const value = (line?.[1] ?? '')
      .trim()
      .replace(/^(['"])(.*)\1$/, '$2')
      .replace(/^\/+|\/+$/g, '');
    return line !== null && value === slug;
  });
}

/** The data files a page shows: its facts and help resources, and the bill's and quiz's files when it has them. */
export function dataFilesOf(body: string, factIds: Iterable<string>, root = process.cwd()): string[] {
  const files = [...factIds].map((id) => `content/facts/${id}.yaml`);
  for (const match of body.matchAll(/<HelpBox\b[^>]*\bids="([^"]*)"/g)) {
    files.push(...match[1].split(',').map((id) => `content/help/${id.trim()}.yaml`));
  }
  const folders = [
    ['InteractiveBill', 'scenarios'],
    ['BillSwitch', 'scenarios'],
    ['Quiz', 'quiz'],
    ['Corrections', 'corrections'],
  ];
  for (const [component, folder] of folders) {
    const dir = path.join(root, 'content', folder);
    if (new RegExp(`<${component}\\b`).test(body) && existsSync(dir))
      files.push(...filesUnder(dir).map((rel) => `content/${folder}/${rel}`));
  }
  return files;
}

/**
 * An error thrown while a page's MDX is shown (like {ongeveer}: "ongeveer is not defined") as a
 * problem in the content check's words: the file, the line where the name stands, and a fix.
 */
export function renderProblem(file: string, error: unknown, root = process.cwd()): Problem {
  const reason = error instanceof Error ? error.message : String(error);
  const name = /^(\S+) is not defined/.exec(reason)?.[1];
  const full = path.join(root, file);
  const lines = existsSync(full) ? readFileSync(full, 'utf8').split('\n') : [];
  const index = name ? lines.findIndex((text) => new RegExp(`\\{[^}]*\\b${name.replace(/[^\w$]/g, '')}\\b`).test(text)) : -1;
  return {
    file,
    line: index >= 0 ? index + 1 : undefined,
    message: name
      ? {
          nl: `de pagina stopt bij {${name}}: tekst tussen accolades wordt gelezen als code`,
          en: `the page stops on {${name}}: text between curly braces is read as code`,
        }
      : { nl: `de pagina stopt met een fout: ${reason}`, en: `the page stops with an error while it is shown: ${reason}` },
    fix: name
      ? {
          nl: 'haal de accolades weg, of schrijf \\{ en \\} om ze als tekens te tonen; een notitie voor de redactie schrijf je {/* zo */}',
          en: 'remove the curly braces, or write \\{ and \\} to show them as characters; a note for editors is written {/* like this */}',
        }
      : {
          nl: 'kijk naar de tags, aanhalingstekens en accolades die je het laatst veranderde; npm run content:check zegt misschien meer',
          en: 'check the tags, quotes and braces you changed last; npm run content:check may say more',
        },
  };
}
