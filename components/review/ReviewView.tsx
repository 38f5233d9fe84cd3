import type { Locale } from '@/i18n/routing';
import type { Doc } from '@/lib/content';
import { translator } from '@/lib/i18n/translator';
import { reviewDoc, reviewUrl, reviewableDocs } from '@/lib/review/page';
import type { Finding } from '@/lib/review/sentences';
import { ReviewFact } from './ReviewFact';

type Props = { doc: Doc; locale: Locale; withIndex?: boolean };

/**
 * The fact-checkers' view of one page, in `npm run dev` only (issue 11): every sentence that cites
 * a fact beside that fact and its source's own words, and every claim the claim check finds
 * without a fact. The page's file is read on every request, so an edit shows on reload.
 */
export function ReviewView({ doc, locale, withIndex = false }: Props) {
  const t = translator(locale);
  const review = reviewDoc(doc);
  const sentences = review.shown.filter((finding) => finding.citations.length > 0).length;
  return (
    <article className="mx-auto max-w-page rounded-lg bg-paper px-5 py-8 text-ink sm:px-10">
      <h1 className="text-3xl font-bold">{t('Review.title', { title: doc.title })}</h1>
      <p className="mt-3">{t('Review.intro')}</p>
      <p className="mt-3">
        {t('Review.file')}: <code className="[overflow-wrap:anywhere]">{review.file}</code>.{' '}
        <a href={doc.url} className="inline-flex min-h-6 items-center text-link">
          {t('Review.page')}
        </a>
      </p>
      <p className="mt-3 font-bold" data-review-summary="">
        {t('Review.summary', { sentences, facts: review.factIds.length, uncited: review.uncited })}
      </p>
      {withIndex ? <ReviewIndex locale={locale} /> : null}
      {review.shown.length === 0 ? <p className="mt-6">{t('Review.none')}</p> : null}
      <ol className="mt-8 space-y-8">
        {review.shown.map((finding, index) => (
          <ReviewItem key={`${finding.line}-${index}`} finding={finding} index={index} locale={locale} />
        ))}
      </ol>
    </article>
  );
}

function ReviewItem({ finding, index, locale }: { finding: Finding; index: number; locale: Locale }) {
  const t = translator(locale);
  const headingId = `finding-${index + 1}`;
  return (
    <li
      aria-labelledby={headingId}
      data-finding=""
      data-uncited={finding.uncited ? '' : undefined}
      className="border-t-2 border-dashed border-rule pt-4"
    >
      <h2 id={headingId} className="font-mono text-base font-semibold">
        {t('Review.line', { line: finding.line })}
        {finding.where ? ` · ${finding.where}` : ''}
      </h2>
      <div className="mt-2 grid gap-4 md:grid-cols-2">
        <div>
          {finding.context ? (
            <p className="text-base text-muted">
              {t('Review.before')}: {finding.context}
            </p>
          ) : null}
          <blockquote className="mt-2 border-l-4 border-accent pl-3 text-lg">
            <p>{finding.text}</p>
          </blockquote>
          {finding.claims.length > 0 ? (
            <p className={`mt-2 rounded p-2 ${finding.uncited ? 'border-2 border-accent font-bold text-accent' : 'bg-night/5'}`}>
              {t('Review.claim', {
                words: finding.claims
                  .flatMap((claim) => claim.words)
                  .map((word) => `‘${word}’`)
                  .join(', '),
              })}
              {finding.uncited ? ` ${t('Review.uncited')}` : ''}
            </p>
          ) : null}
        </div>
        {finding.citations.length > 0 ? (
          <div className="space-y-3">
            {finding.citations.map((citation) => (
              <ReviewFact key={citation.id} id={citation.id} tag={citation.tag} locale={locale} t={t} />
            ))}
          </div>
        ) : null}
      </div>
    </li>
  );
}

/** Every page of the language, with how much there is to check on each. */
function ReviewIndex({ locale }: { locale: Locale }) {
  const t = translator(locale);
  return (
    <nav aria-labelledby="review-index" className="mt-6 rounded border-2 border-rule p-4">
      <h2 id="review-index" className="text-xl font-bold">
        {t('Review.index')}
      </h2>
      <ul className="mt-2 space-y-1">
        {reviewableDocs(locale).map((doc) => {
          const review = reviewDoc(doc);
          const sentences = review.shown.filter((finding) => finding.citations.length > 0).length;
          return (
            <li key={doc.url}>
              <a href={reviewUrl(doc)} className="inline-flex min-h-6 items-center text-link">
                {doc.title}
              </a>{' '}
              <span className="text-muted">({t('Review.indexEntry', { sentences, uncited: review.uncited })})</span>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
