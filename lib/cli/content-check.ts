import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Problem } from '../content/validate';

// `npm run content:check`: explains every content mistake at once, in words an editor can act on.
// Exit 0: no errors (warnings allowed); 1: errors; 2: the check itself could not run.
// Output piped into `head` or a closed terminal is not the editor's problem: stop quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => process.exit(error.code === 'EPIPE' ? 0 : 2));

const usage = 'usage: content-check [--root <folder>] [--today YYYY-MM-DD] [--format text|github]';
const formats = ['text', 'github'] as const;
type Format = (typeof formats)[number];
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

function options(args: string[], today: string): { root: string; today: string; format: Format } {
  const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const result: { root: string; today: string; format: Format } = { root: repo, today, format: 'text' };
  for (let i = 0; i < args.length; i += 2) {
    const [name, value] = [args[i], args[i + 1]];
    if (name === '--root' && value) result.root = path.resolve(value);
    else if (name === '--today' && value && /^\d{4}-\d{2}-\d{2}$/.test(value)) result.today = value;
    else if (name === '--format' && formats.includes(value as Format)) result.format = value as Format;
    else throw new Error(`unknown or incomplete option "${[name, value].filter(Boolean).join(' ')}" (${usage})`);
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
  const { root, today, format } = options(process.argv.slice(2), localToday());
  if (!isRealDate(today)) throw new Error(`--today ${today} is not a real date (${usage})`);
  const { problems, files } = runChecks(root, today);
  if (format === 'github') {
    for (const problem of problems) console.log(githubAnnotation(problem as Problem));
  } else {
    let file = '';
    for (const problem of problems) {
      if (problem.file !== file && file !== '') console.log('');
      file = problem.file;
      console.log(`${problem.level === 'warning' ? 'warning' : 'error'}: ${formatProblem(problem as Problem)}`);
    }
    if (problems.length) console.log('');
  }
  const warnings = problems.filter((problem) => problem.level === 'warning').length;
  const errors = problems.length - warnings;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(files, 'file')} (${seconds} s)`);
  return errors > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A crash is a bug in the check, not the editor's mistake: one plain line, no stack trace.
    console.log(`content:check could not run: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  },
);
