import type { Problem } from '@/lib/content/validate';

// An editor reads the list from the top. A file that cannot be read at all (a YAML, frontmatter, MDX
// or JSON syntax error) comes first, because other problems may only follow from it: a link to the
// page whose slug could not be read, a page that uses the fact whose file could not be read. Such a
// problem names its cause in followsFrom and is shown under it, not as an error of its own.

const place = (problem: Problem) => `${problem.file}\u0000${String(problem.line ?? 0).padStart(6, '0')}`;
const byPlace = (a: Problem, b: Problem) => place(a).localeCompare(place(b));

/** A problem that goes away once `cause` can be read again. */
export function followOn(problem: Problem, cause: string): Problem {
  return { ...problem, followsFrom: cause };
}

/** Unreadable files first, each with the problems that follow from it; then the rest, by file and line. */
export function foldFollowOns(problems: Problem[]): Problem[] {
  const roots = problems.filter((problem) => problem.unreadable).sort(byPlace);
  const byFile = new Map<string, Problem[]>();
  for (const root of roots) if (!byFile.has(root.file)) byFile.set(root.file, []);
  const rest: Problem[] = [];
  for (const problem of problems) {
    if (problem.unreadable) continue;
    const followers = problem.followsFrom ? byFile.get(problem.followsFrom) : undefined;
    (followers ?? rest).push(problem);
  }
  // The followers go on the file's first problem: the one to fix first.
  const folded = roots.map((root, index) => {
    const followers = roots.findIndex((other) => other.file === root.file) === index ? byFile.get(root.file)! : [];
    return followers.length ? { ...root, followers: followers.sort(byPlace) } : root;
  });
  return [...folded, ...rest.sort(byPlace)];
}
