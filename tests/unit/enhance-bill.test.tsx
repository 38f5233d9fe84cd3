import { fireEvent, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { InteractiveBill } from '@/components/widgets/InteractiveBill';
import { enhance } from '@/lib/enhance';
import { defaultScenario, scenarioFactIds, scenarios } from '@/lib/content/scenarios';
import { translator } from '@/lib/i18n/translator';

// The interactive bill as the server renders it, then enhanced by lib/enhance/bill.ts.
const ctx = { locale: 'nl' as const, factIds: scenarioFactIds, t: translator('nl') };
const other = scenarios.find((scenario) => !scenario.default)!;
const third = scenarios.find((scenario) => !scenario.default && scenario.id !== other.id)!;

function renderBill() {
  const { container } = render(<InteractiveBill ctx={ctx} />);
  return container;
}

const region = (name: string) => screen.getByRole('region', { name, hidden: true });

function expectShown(id: string) {
  for (const scenario of scenarios) {
    if (scenario.id === id) expect(region(scenario.name.nl)).toBeVisible();
    else expect(region(scenario.name.nl)).not.toBeVisible();
  }
}

// jsdom does not lay out or scroll; this records where the page would scroll to.
const scrolledTo: Element[] = [];
beforeEach(() => {
  window.history.replaceState(null, '', '/nl/');
  scrolledTo.length = 0;
  Element.prototype.scrollIntoView = function (this: Element) {
    scrolledTo.push(this);
  };
});

describe('the interactive bill without JavaScript', () => {
  it('is a list of links to #bill-<id>, and leaves the choice to CSS', () => {
    const container = renderBill();
    const nav = screen.getByRole('navigation', { name: 'Kies een situatie' });
    for (const scenario of scenarios)
      expect(within(nav).getByRole('link', { name: scenario.name.nl })).toHaveAttribute('href', `#bill-${scenario.id}`);
    expect(screen.queryByRole('group', { name: 'Kies een situatie' })).toBeNull();
    // No hidden attribute on a scenario: the :target rules in app/globals.css pick one.
    expect(container.querySelectorAll('.bill-scenario[hidden]')).toHaveLength(0);
    expect(
      container.querySelector('[data-enhance="bill"]:not([data-enhanced]) > .bill-scenarios > .bill-scenario:last-child'),
    ).toHaveAttribute('id', `bill-${defaultScenario!.id}`);
  });
});

describe('the interactive bill with JavaScript', () => {
  it('swaps the links for a radio group with the default scenario chosen', () => {
    const container = renderBill();
    enhance(container);
    expect(screen.queryByRole('navigation', { name: 'Kies een situatie' })).toBeNull();
    const group = screen.getByRole('group', { name: 'Kies een situatie' });
    expect(within(group).getAllByRole('radio')).toHaveLength(scenarios.length);
    expect(within(group).getByRole('radio', { name: defaultScenario!.name.nl })).toBeChecked();
    expect(container.querySelector('[data-enhance="bill"]')).toHaveAttribute('data-enhanced');
    expectShown(defaultScenario!.id);
    // Opened without a chosen bill, the page stays at its top.
    expect(scrolledTo).toEqual([]);
  });

  it('switches the bill with a radio, keeps the choice in the URL and announces the total', () => {
    const container = renderBill();
    enhance(container);
    const group = screen.getByRole('group', { name: 'Kies een situatie' });
    fireEvent.click(within(group).getByRole('radio', { name: other.name.nl }));
    expect(window.location.search).toBe(`?bill=${other.id}`);
    expect(within(group).getByRole('radio', { name: other.name.nl })).toBeChecked();
    expectShown(other.id);
    expect(screen.getByRole('status')).toHaveTextContent(`Rekening voor: ${other.name.nl}. Totaal: ${other.total.nl}.`);
  });

  it('opens the bill a shared link names, by ?bill= or by #bill-', () => {
    window.history.replaceState(null, '', `/nl/?bill=${other.id}`);
    const first = renderBill();
    enhance(first);
    expect(screen.getByRole('radio', { name: other.name.nl })).toBeChecked();
    expectShown(other.id);
    // The bill is below the fold: the link opens at it.
    expect(scrolledTo).toEqual([first.querySelector('[data-enhance="bill"]')]);
    first.remove();

    window.history.replaceState(null, '', `/nl/#bill-${third.id}`);
    const second = renderBill();
    enhance(second);
    expectShown(third.id);
    // The no-JavaScript hash moves into the query, so the page's URL is the one to share.
    expect(window.location.search).toBe(`?bill=${third.id}`);
    expect(window.location.hash).toBe('');
    fireEvent.click(screen.getByRole('radio', { name: other.name.nl }));
    expect(window.location.hash).toBe('');
    expect(window.location.search).toBe(`?bill=${other.id}`);
  });

  it('follows the URL when it changes under it (back, forward, a #bill- link)', () => {
    const container = renderBill();
    enhance(container);
    window.history.replaceState(null, '', `/nl/?bill=${third.id}`);
    window.dispatchEvent(new PopStateEvent('popstate'));
    expectShown(third.id);
    expect(screen.getByRole('radio', { name: third.name.nl })).toBeChecked();
    window.history.replaceState(null, '', `/nl/#bill-${other.id}`);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expectShown(other.id);
    expect(window.location.search).toBe(`?bill=${other.id}`);
    // An unknown id falls back to the default scenario.
    window.history.replaceState(null, '', '/nl/?bill=nope');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expectShown(defaultScenario!.id);
  });
});
