import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TrendFigure } from '@/components/story/TrendFigure';
import { changeSentence, pointSources, trendGeometry, type Series } from '@/lib/charts/trend';
import { getFact } from '@/lib/content';
import { translator } from '@/lib/i18n/translator';
import { renderExample } from './render-example';

const size = { width: 320, height: 150, padding: { top: 30, right: 20, bottom: 30, left: 20 } };

describe('trendGeometry', () => {
  it('places each point on a linear year axis and a value axis from zero', () => {
    const chart = trendGeometry(
      [
        { year: 2011, value: 84 },
        { year: 2019, value: 170 },
        { year: 2022, value: 144 },
      ],
      size,
    );
    // 2019 lies 8 of the 11 years along: 20 + 8 / 11 × 280.
    expect(chart.points.map(({ x }) => x)).toEqual([20, 223.6, 300]);
    // The highest value at the top of the plot, zero at the bottom: a drop is not exaggerated.
    expect(chart.points[1].y).toBe(30);
    expect(chart.baseline).toEqual({ x1: 0, x2: 320, y: 120 });
    expect(chart.points[0].y).toBeCloseTo(120 - (84 / 170) * 90, 1);
  });

  it('draws consecutive years solid and dashes across years with no figure', () => {
    const chart = trendGeometry(
      [
        { year: 2014, value: 123 },
        { year: 2022, value: 155 },
        { year: 2023, value: 191 },
        { year: 2024, value: 217 },
      ],
      size,
    );
    // One segment 2014–2022 across the gap, two solid ones after it; each starts with its own M.
    expect(chart.gaps.match(/M/g)).toHaveLength(1);
    expect(chart.measured.match(/M/g)).toHaveLength(2);
    expect(chart.gaps).toBe(`M${chart.points[0].x},${chart.points[0].y}L${chart.points[1].x},${chart.points[1].y}`);
  });

  it('has no solid line for two points years apart, and sorts its input', () => {
    const chart = trendGeometry(
      [
        { year: 2024, value: 378 },
        { year: 2014, value: 123 },
      ],
      size,
    );
    expect(chart.measured).toBe('');
    expect(chart.points.map(({ year }) => year)).toEqual([2014, 2024]);
  });
});

describe('the change in words', () => {
  const series = (id: string) => getFact(id).series as Series;

  it('names every measured point, in the page language', () => {
    expect(changeSentence(series('health-ecstasy-tablet-strength'), 'nl', translator('nl'))).toBe(
      'Van 84 mg MDMA per pil in 2011, via 170 in 2019, naar 144 in 2022.',
    );
    expect(changeSentence(series('health-direct-drug-deaths-2024'), 'en', translator('en'))).toBe(
      'From 123 deaths in 2014 to 378 in 2024.',
    );
  });

  it('writes numbers the way each language does', () => {
    const big: Series = {
      ...series('health-direct-drug-deaths-2024'),
      points: [
        { year: 2020, value: 1130.5 },
        { year: 2021, value: 14.6 },
      ],
    };
    expect(changeSentence(big, 'nl', translator('nl'))).toBe('Van 1.130,5 sterfgevallen in 2020 naar 14,6 in 2021.');
    expect(changeSentence(big, 'en', translator('en'))).toBe('From 1,130.5 deaths in 2020 to 14.6 in 2021.');
  });

  it('groups the points that carry their own source', () => {
    const sources = pointSources(series('env-dumpings-2024'), 'nl');
    expect(sources).toHaveLength(1);
    expect(sources[0].periods).toEqual(['2022', '2023']);
  });
});

describe('<TrendFigure> and <Trend>', () => {
  it('is a figure named by the change, with a table of years and values in their unit', () => {
    const fact = getFact('health-direct-drug-deaths-2024');
    render(<TrendFigure fact={{ ...fact, series: fact.series! }} locale="nl" t={translator('nl')} />);
    const figure = screen.getByRole('figure', { name: 'Van 123 sterfgevallen in 2014 naar 378 in 2024.' });
    const table = within(figure).getByRole('table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Jaar', 'sterfgevallen']);
    expect(
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((row) => row.textContent),
    ).toEqual(['2014123', '2024378']);
    // The definition stays with the figure, and the gap between 2014 and 2024 is said in words.
    expect(figure).toHaveTextContent(fact.series!.definition.nl);
    expect(figure).toHaveTextContent('Een stippellijn loopt over jaren waarvoor de bron geen cijfer geeft.');
    // The SVG repeats the table for the eye only, and draws in the text colour (dark mode, print).
    const svg = figure.querySelector('svg')!;
    expect(svg).toHaveAttribute('aria-hidden', 'true');
    expect(svg.querySelectorAll('circle')).toHaveLength(2);
    expect(svg.querySelectorAll('path[stroke-dasharray]')).toHaveLength(1);
    expect(svg.innerHTML).not.toMatch(/#[0-9a-f]{3,6}\b/i);
  });

  it('cites a point’s own source beside the chart', () => {
    const fact = getFact('env-dumpings-2024');
    render(<TrendFigure fact={{ ...fact, series: fact.series! }} locale="en" t={translator('en')} />);
    const figure = screen.getByRole('figure', { name: 'From 155 dumpings in 2022, via 191 in 2023, to 217 in 2024.' });
    expect(within(figure).getByRole('link', { name: fact.series!.points[0].evidence!.source!.title })).toHaveAttribute(
      'href',
      fact.series!.points[0].evidence!.source!.url,
    );
    expect(figure).toHaveTextContent('Source for 2022 and 2023:');
    // Consecutive years: no dashed line, no sentence about gaps.
    expect(figure.querySelector('path[stroke-dasharray]')).toBeNull();
    expect(figure).not.toHaveTextContent('dotted');
  });

  it('renders the editors’ example with its numbered source note and the fact’s caveat', async () => {
    await renderExample('Trend');
    const figure = screen.getByRole('figure', { name: 'Van 84 mg MDMA per pil in 2011, via 170 in 2019, naar 144 in 2022.' });
    expect(within(figure).getByRole('link', { name: /^Bron 1: EUDA and Europol/ })).toHaveAttribute(
      'href',
      '#bron-health-ecstasy-tablet-strength',
    );
    expect(within(figure).getAllByRole('row')).toHaveLength(4);
  });
});
