import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runChecks } from '../check';
import { isRealDate, localToday } from '../check/review';
import { formatProblem, type Problem } from '../content/validate';

// `npm run content:check`: explains every content mistake at once, in words an editor can act on.
// Exit 0: no errors (warnings allowed); 1: errors; 2: the check itself could not run.
const usage = 'usage: content-check [--root <folder>] [--today YYYY-MM-DD]';

function options(args: string[]): { root: string; today: string } {
  const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const result = { root: repo, today: localToday() };
  for (let i = 0; i < args.length; i += 1) {
    const [name, value] = [args[i], args[i + 1]];
    if (name === '--root' && value) result.root = path.resolve(value);
    else if (name === '--today' && value && /^\d{4}-\d{2}-\d{2}$/.test(value) && isRealDate(value)) result.today = value;
    else throw new Error(`unknown or incomplete option "${name}${value ? ` ${value}` : ''}" (${usage})`);
    i += 1;
  }
  return result;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

function print(problems: Problem[]): void {
  let file = '';
  for (const problem of problems) {
    if (problem.file !== file && file !== '') console.log('');
    file = problem.file;
    console.log(`${problem.level === 'warning' ? 'warning' : 'error'}: ${formatProblem(problem)}`);
  }
  if (problems.length) console.log('');
}

try {
  const started = performance.now();
  const { root, today } = options(process.argv.slice(2));
  const { problems, files } = runChecks(root, today);
  const warnings = problems.filter((problem) => problem.level === 'warning').length;
  const errors = problems.length - warnings;
  print(problems);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(files, 'file')} (${seconds} s)`);
  process.exitCode = errors > 0 ? 1 : 0;
} catch (error) {
  // A crash is our bug, not the editor's: one plain line, no stack trace.
  console.log(`content:check could not run: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}
