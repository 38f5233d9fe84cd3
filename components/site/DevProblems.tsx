import type { ReactNode } from 'react';
import type { Locale } from '@/i18n/routing';
import { storyComponents } from '@/components/story/registry';
import { routing } from '@/i18n/routing';
import type { Doc } from '@/lib/content';
import { examples } from '@/lib/content/examples';
import { factIdsIn } from '@/lib/content/mdx-tree';
import { mdxContent } from '@/lib/content/mdx';
import { inLang } from '@/lib/check/lang';
import type { Problem } from '@/lib/content/validate';
import { pageFactIds } from '@/lib/content/widget-facts';
import { currentProblems, dataFilesOf, filesWithSlug, hasErrors, problemsForPage, renderProblem } from '@/lib/dev/problems';
import { translator, type Translate } from '@/lib/i18n/translator';

// `npm run dev` only (issue 13): the routes import this file only when NODE_ENV is 'development'.
// A page whose file, or a fact, help or data file it shows, has a mistake shows the content check's
// messages instead of the page Contentlayer last read; warnings and unreadable files elsewhere show
// above the page.

/** What is on the page being previewed: a document, the component gallery, or nothing (yet). */
export type Previewed = { doc?: Doc; gallery?: boolean; slug: string };

/** What the preview shows instead of the page (`replace`) or above it (`above`); nothing when all is well. */
export type DevPreview = { replace?: ReactNode; above?: ReactNode };

const messageFiles = routing.locales.map((locale) => `messages/${locale}.json`);

function filesOf(previewed: Previewed): string[] {
  if (previewed.doc) {
    const { doc } = previewed;
    return [`content/${doc._raw.sourceFilePath}`, ...dataFilesOf(doc.body.raw, pageFactIds(doc))];
  }
  if (previewed.gallery)
    return examples().flatMap(({ name, source }) => [`content/examples/${name}.mdx`, ...dataFilesOf(source, factIdsIn(source))]);
  return [];
}

/** Shows the MDX once outside React, so that an error in it ({ongeveer}) becomes a problem instead of a crash. */
function renderError(doc: Doc, locale: Locale, t: Translate): Problem | undefined {
  try {
    const Content = mdxContent(doc.body.code);
    Content({ components: storyComponents({ locale, factIds: pageFactIds(doc), t }) });
    return undefined;
  } catch (error) {
    return renderProblem(`content/${doc._raw.sourceFilePath}`, error);
  }
}

export function devPreview(locale: Locale, previewed: Previewed): DevPreview {
  const t = translator(locale);
  let problems: Problem[];
  try {
    problems = currentProblems();
  } catch (error) {
    // The check itself failed: say so, and show the page as it is.
    problems = [
      {
        file: 'content',
        message: `npm run content:check could not run: ${error instanceof Error ? error.message : String(error)}`,
        level: 'warning',
      },
    ];
    return { above: <DevProblems locale={locale} t={t} own={problems} elsewhere={[]} /> };
  }
  const files = [...filesOf(previewed), ...messageFiles, ...filesWithSlug(problems, locale, previewed.slug)];
  const { own, elsewhere } = problemsForPage(problems, files);
  if (previewed.doc && !hasErrors(own)) {
    const crash = renderError(previewed.doc, locale, t);
    if (crash) own.push(crash);
  }
  if (!own.length && !elsewhere.length) return {};
  const view = <DevProblems locale={locale} t={t} own={own} elsewhere={elsewhere} />;
  return hasErrors(own) ? { replace: <main className="mx-auto my-6 max-w-page px-2 sm:px-6">{view}</main> } : { above: view };
}

type Props = { locale: Locale; t: Translate; own: Problem[]; elsewhere: Problem[] };

/** The content check's messages for one page: the file, the line, what is wrong and the fix. */
export function DevProblems({ locale, t, own, elsewhere }: Props) {
  const errors = hasErrors(own);
  // Instead of the page it is the page's h1; above the page, the page keeps its own.
  const [Heading, Subheading] = errors ? (['h1', 'h2'] as const) : (['h2', 'h3'] as const);
  return (
    <section
      lang={locale}
      aria-labelledby="dev-problems"
      data-dev-problems=""
      className="mx-auto my-4 max-w-measure rounded-lg border-4 border-accent bg-paper px-5 py-6 text-ink sm:px-8"
    >
      <Heading id="dev-problems" className="text-2xl font-bold">
        {errors ? t('DevProblems.title') : own.length ? t('DevProblems.warnings') : t('DevProblems.elsewhere')}
      </Heading>
      {errors || !own.length ? <p className="mt-2">{errors ? t('DevProblems.intro') : t('DevProblems.elsewhereIntro')}</p> : null}
      <ProblemList problems={own} locale={locale} t={t} />
      {own.length && elsewhere.length ? (
        <>
          <Subheading className="mt-6 text-xl font-bold">{t('DevProblems.elsewhere')}</Subheading>
          <p className="mt-2">{t('DevProblems.elsewhereIntro')}</p>
        </>
      ) : null}
      <ProblemList problems={elsewhere} locale={locale} t={t} />
    </section>
  );
}

// The content check writes each message in both languages; the preview shows the page's own.
type ListProps = { problems: Problem[]; locale: Locale; t: Translate };

function ProblemList({ problems, locale, t }: ListProps) {
  if (!problems.length) return null;
  return (
    <ul className="mt-4 space-y-4">
      {problems.map((problem, index) => (
        <li key={index} className="rounded border-2 border-rule p-3">
          <ProblemText problem={problem} locale={locale} t={t} />
          {problem.fix ? (
            <p className="mt-2">
              <strong>{t('DevProblems.fix')}</strong> {inLang(problem.fix, locale)}
            </p>
          ) : null}
          {problem.followers?.length ? (
            <>
              <p className="mt-2 text-sm">{t('DevProblems.followers')}</p>
              <ul className="mt-1 list-disc pl-6 text-sm">
                {problem.followers.map((follower, at) => (
                  <li key={at}>
                    <ProblemText problem={follower} locale={locale} t={t} />
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

function ProblemText({ problem, locale, t }: { problem: Problem; locale: Locale; t: Translate }) {
  const where = [
    problem.line ? t('DevProblems.line', { line: problem.line }) : null,
    problem.field && !problem.line ? t('DevProblems.field', { field: problem.field }) : null,
  ].filter(Boolean);
  return (
    <p>
      <strong className="font-bold">{problem.level === 'warning' ? t('DevProblems.warning') : t('DevProblems.error')}</strong>{' '}
      <code className="font-mono">{problem.file}</code>
      {where.length ? `, ${where.join(', ')}` : ''}: {inLang(problem.message, locale)}
    </p>
  );
}
