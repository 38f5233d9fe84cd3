import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Problem } from '../content/validate';
import { envLang, isLang, labels, langs, summary, type Lang } from '../check/lang';

// `npm run content:check`: explains every content mistake at once, in words an editor can act on:
// in Dutch, or in English with --lang en (or CONTENT_CHECK_LANG=en).
// Exit 0: no errors (warnings allowed); 1: errors; 2: the check itself could not run.
// Output piped into `head` or a closed terminal is not the editor's problem: stop quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => process.exit(error.code === 'EPIPE' ? 0 : 2));

const usage = `usage: content-check [--root <folder>] [--today YYYY-MM-DD] [--format text|github] [--lang ${langs.join('|')}]`;
const formats = ['text', 'github'] as const;
type Format = (typeof formats)[number];
type Options = { root: string; today: string; format: Format; lang: Lang };

// Read before the other options, so that even a mistake in them is reported in the language asked for.
const argv = process.argv.slice(2);
const asked = argv[argv.indexOf('--lang') + 1];
const lang: Lang = argv.includes('--lang') && isLang(asked) ? asked : envLang();

function options(args: string[], today: string): Options {
  const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const result: Options = { root: repo, today, format: 'text', lang };
  for (let i = 0; i < args.length; i += 2) {
    const [name, value] = [args[i], args[i + 1]];
    if (name === '--root' && value) result.root = path.resolve(value);
    else if (name === '--today' && value && /^\d{4}-\d{2}-\d{2}$/.test(value)) result.today = value;
    else if (name === '--format' && formats.includes(value as Format)) result.format = value as Format;
    else if (name === '--lang' && isLang(value)) result.lang = value;
    else {
      const option = [name, value].filter(Boolean).join(' ');
      const words = { nl: `onbekende of onvolledige optie "${option}"`, en: `unknown or incomplete option "${option}"` };
      throw new Error(`${words[lang]} (${usage})`);
    }
  }
  return result;
}

async function main(): Promise<number> {
  const started = performance.now();
  // Loaded here, not at the top, so that even a broken install ends in one plain line.
  const { runChecks } = await import('../check');
  const { isRealDate, localToday } = await import('../check/review');
  const { formatProblem } = await import('../content/validate');
  const { githubAnnotation } = await import('../check/github');
  const { root, today, format } = options(argv, localToday());
  if (!isRealDate(today))
    throw new Error(`--today ${today} ${{ nl: 'is geen bestaande datum', en: 'is not a real date' }[lang]} (${usage})`);
  const { problems, files } = runChecks(root, today);
  if (format === 'github') {
    for (const problem of problems) console.log(githubAnnotation(problem as Problem, lang));
  } else {
    let file = '';
    for (const problem of problems) {
      if (problem.file !== file && file !== '') console.log('');
      file = problem.file;
      console.log(`${labels[problem.level === 'warning' ? 'warning' : 'error'][lang]}: ${formatProblem(problem as Problem, lang)}`);
    }
    if (problems.length) console.log('');
  }
  const warnings = problems.filter((problem) => problem.level === 'warning').length;
  const errors = problems.length - warnings;
  console.log(summary(errors, warnings, files, (performance.now() - started) / 1000, lang));
  return errors > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A crash is a bug in the check, not the editor's mistake: one plain line, no stack trace.
    const start = { nl: 'content:check kon niet draaien', en: 'content:check could not run' }[lang];
    console.log(`${start}: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  },
);
