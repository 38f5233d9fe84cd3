import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locale } from '@/i18n/routing';
import { allDocs, facts, type Doc } from '@/lib/content';
import { REVIEW_SLUG } from '@/lib/routes';
import { findClaims } from './claims';
import { fieldFindings, reviewFindings, type Finding } from './sentences';
import { widgetFindings } from './widgets';

// The review view's data for one page (dev only): the page's file is read again on every request,
// so an edit shows on reload, and line numbers are the file's.

/** The review address of a page: "review/" after the language, /nl/gezondheid/ → /nl/review/gezondheid/. */
export const reviewUrl = (doc: Pick<Doc, 'locale' | 'slug'>) => `/${doc.locale}/${REVIEW_SLUG}/${doc.slug === '' ? '' : `${doc.slug}/`}`;

const factMap = new Map(facts.map((fact) => [fact.id, fact]));

export type PageReview = { file: string; findings: Finding[]; shown: Finding[]; factIds: string[]; uncited: number };

export function reviewDoc(doc: Doc): PageReview {
  const locale = doc.locale as Locale;
  const file = `content/${doc._raw.sourceFilePath}`;
  const source = readFileSync(path.join(process.cwd(), file), 'utf8');
  const frontLines = (/^---\r?\n[\s\S]*?\r?\n---/.exec(source)?.[0] ?? '').split('\n');
  const fieldLine = (name: string) => frontLines.findIndex((line) => line.startsWith(`${name}:`)) + 1;
  const fields = ['title', 'description', 'summary']
    .map((name) => ({ name, value: (doc as Record<string, unknown>)[name] as string | undefined, line: fieldLine(name) }))
    .filter((field) => field.line > 0);
  const findings = [
    ...fieldFindings(fields, locale, findClaims),
    ...reviewFindings(source, { locale, facts: factMap, findClaims, widgets: widgetFindings(locale) }),
  ];
  // The checker reads what cites a fact, and what makes a claim without one.
  const shown = findings.filter((finding) => finding.citations.length > 0 || finding.claims.length > 0);
  const factIds = [...new Set(shown.flatMap((finding) => finding.citations.map((citation) => citation.id)))];
  return { file, findings, shown, factIds, uncited: shown.filter((finding) => finding.uncited).length };
}

/** Every content page of a language, for the review index. */
export const reviewableDocs = (locale: Locale) => allDocs.filter((doc) => doc.locale === locale).sort((a, b) => a.url.localeCompare(b.url));
