import type { Problem } from '@/lib/content/validate';
import { defaultLang, inLang, labels, type Lang } from './lang';

// `content:check --format github`: each problem as a GitHub Actions workflow command, which GitHub
// shows as an annotation on the editor's own line: in the pull request's changed files and beside
// the check that failed, so an editor who works in the browser sees the mistake where it is.
// https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands

/** A command's message: only %, CR and LF need escaping. */
const message = (value: string) => value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

/** A command's property value: also : and , which separate the properties. */
const property = (value: string) => message(value).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function githubAnnotation(problem: Problem, lang: Lang = defaultLang): string {
  const properties = [`file=${property(problem.file)}`];
  if (problem.line) properties.push(`line=${problem.line}`);
  properties.push(`title=${property(problem.field ? `content:check: ${problem.field}` : 'content:check')}`);
  const fix = problem.fix ? `\n${labels.fix[lang]}: ${inLang(problem.fix, lang)}` : '';
  // The problems that follow from an unreadable file are not annotations of their own: they go away with it.
  const followers = (problem.followers ?? []).map(
    (follower) => `\n- ${follower.file}${follower.line ? `:${follower.line}` : ''}: ${inLang(follower.message, lang)}`,
  );
  const causes = inLang({ nl: 'hierdoor ook:', en: 'this also causes:' }, lang);
  const text = `${inLang(problem.message, lang)}${fix}${followers.length ? `\n${causes}${followers.join('')}` : ''}`;
  return `::${problem.level === 'warning' ? 'warning' : 'error'} ${properties.join(',')}::${message(text)}`;
}
