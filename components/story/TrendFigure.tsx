import { Fragment, type ReactNode } from 'react';
import type { Locale } from '@/i18n/routing';
import { changeSentence, formatValue, hasGaps, periodOf, pointSourceLabel, pointSources, trendGeometry } from '@/lib/charts/trend';
import type { Fact } from '@/lib/content/schemas/fact';
import { publisherName } from '@/lib/facts/origin';
import type { Translate } from '@/lib/i18n/translator';

type Props = { fact: Fact & { series: NonNullable<Fact['series']> }; locale: Locale; t: Translate; note?: ReactNode };

// The chart's box in SVG units; it scales to the column (320 px phones included) and text scales with it.
const size = { width: 320, height: 150 };

/**
 * A fact's series as a figure: the change in words (its accessible name), the chart, drawn here as
 * inline SVG with no JavaScript, and the same figures in a table with their unit. The chart repeats
 * the table for the eye, so assistive technology skips it. Colours are currentColor on the design
 * tokens, so dark mode and print follow.
 */
export function TrendFigure({ fact, locale, t, note }: Props) {
  const { series } = fact;
  const chart = trendGeometry(series.points, size);
  const nameId = `${fact.id}-trend`;
  return (
    <figure aria-labelledby={nameId} className="not-prose my-6 break-inside-avoid">
      <figcaption>
        <span id={nameId} className="font-bold">
          {changeSentence(series, locale, t)}
        </span>
        {note}
        <span className="mt-1 block text-base text-muted">
          {series.definition[locale]}
          {hasGaps(series) ? ` ${t('Trend.gaps')}` : null}
        </span>
      </figcaption>
      <div className="mt-3 flex flex-wrap items-end gap-x-8 gap-y-3">
        <svg
          viewBox={`0 0 ${size.width} ${size.height}`}
          fontSize="15"
          textAnchor="middle"
          className="w-full max-w-sm text-accent"
          aria-hidden="true"
          focusable="false"
        >
          <line
            x1={chart.baseline.x1}
            x2={chart.baseline.x2}
            y1={chart.baseline.y}
            y2={chart.baseline.y}
            stroke="currentColor"
            strokeWidth="2"
            className="text-rule"
          />
          {chart.measured ? <path d={chart.measured} fill="none" stroke="currentColor" strokeWidth="3" /> : null}
          {chart.gaps ? (
            <path d={chart.gaps} fill="none" stroke="currentColor" strokeWidth="3" strokeDasharray="1 7" strokeLinecap="round" />
          ) : null}
          {chart.points.map((point, index) => (
            <Fragment key={point.year}>
              <circle cx={point.x} cy={point.y} r="5" fill="currentColor" />
              <text x={point.x} y={point.y - 11} className="fill-ink font-mono font-semibold">
                {formatValue(point.value, locale)}
              </text>
              <text x={point.x} y={chart.baseline.y + 20} className="fill-muted">
                {periodOf(series.points[index], locale)}
              </text>
            </Fragment>
          ))}
        </svg>
        <table className="text-base">
          <thead>
            <tr className="border-b-2 border-rule text-left">
              <th scope="col" className="pr-4">
                {t('Trend.year')}
              </th>
              <th scope="col">{series.unit[locale]}</th>
            </tr>
          </thead>
          <tbody className="font-mono">
            {series.points.map((point) => (
              <tr key={point.year}>
                <th scope="row" className="pr-4 text-left font-normal">
                  {periodOf(point, locale)}
                </th>
                <td className="text-right">{formatValue(point.value, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pointSources(series, locale).map(({ periods, source, evidence }) => (
        <p key={periods.join()} className="mt-2 text-sm text-muted">
          {pointSourceLabel(periods, t)}:{' '}
          {source ? (
            <>
              {publisherName(source, locale)},{' '}
              <a href={source.url} className="text-link">
                {source.title}
              </a>{' '}
              ({source.published}){' '}
            </>
          ) : null}
          <q lang={evidence.lang}>{evidence.text}</q>
        </p>
      ))}
    </figure>
  );
}
