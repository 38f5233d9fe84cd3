import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ShareControl } from '@/components/site/ShareControl';
import { FactSheet } from '@/components/widgets/FactSheet';
import { facts } from '@/lib/content';
import { enhance } from '@/lib/enhance';
import { translator } from '@/lib/i18n/translator';

// The share control, the fact sheet's copy links and its topic filter: server HTML first, then
// lib/enhance as the built page runs it. jsdom has neither navigator.share nor a clipboard.
const t = translator('nl');
const url = 'https://example.nl/nl/milieu/';
const stub = (name: 'share' | 'clipboard', value: unknown) => Object.defineProperty(navigator, name, { value, configurable: true });

afterEach(() => {
  stub('share', undefined);
  stub('clipboard', undefined);
  window.history.replaceState(null, '', '/');
});

function shareRegion() {
  const { container } = render(<ShareControl url={url} title="Het milieu" t={t} />);
  return { container, region: screen.getByRole('region', { name: 'Deel deze pagina' }) };
}

describe('the share control', () => {
  it('is plain links before and without a clipboard or share sheet', () => {
    const { container, region } = shareRegion();
    enhance(container);
    expect(within(region).getByRole('link', { name: 'Deel via WhatsApp' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^https:\/\/wa\.me\/\?text=/),
    );
    expect(within(region).getByRole('link', { name: 'Link naar deze pagina' })).toHaveAttribute('href', url);
    expect(within(region).queryByRole('button')).toBeNull();
  });

  it('turns the page link into a copy button where there is a clipboard', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    stub('clipboard', { writeText });
    const { container, region } = shareRegion();
    enhance(container);
    expect(within(region).queryByRole('link', { name: 'Link naar deze pagina' })).toBeNull();
    expect(within(region).getByRole('link', { name: 'Deel via e-mail' })).toBeVisible();
    fireEvent.click(within(region).getByRole('button', { name: 'Kopieer link' }));
    await waitFor(() => expect(within(region).getByRole('status')).toHaveTextContent('Link gekopieerd'));
    expect(writeText).toHaveBeenCalledWith(url);
  });

  it('says so when the browser refuses to copy', async () => {
    stub('clipboard', { writeText: vi.fn().mockRejectedValue(new Error('denied')) });
    const { container, region } = shareRegion();
    enhance(container);
    fireEvent.click(within(region).getByRole('button', { name: 'Kopieer link' }));
    await waitFor(() => expect(within(region).getByRole('status')).toHaveTextContent('Kopiëren lukte niet'));
  });

  it('is one button for the share sheet where the browser has one', async () => {
    const share = vi.fn().mockResolvedValue(undefined);
    stub('share', share);
    const { container, region } = shareRegion();
    enhance(container);
    expect(within(region).queryByRole('link')).toBeNull();
    await act(async () => fireEvent.click(within(region).getByRole('button', { name: 'Delen' })));
    expect(share).toHaveBeenCalledWith({ title: 'Het milieu', url });
  });

  it('shares the view the visitor chose (the query), by link, copy and share sheet', async () => {
    window.history.replaceState(null, '', '/nl/milieu/?bill=weekly-habit');
    const chosen = `${url}?bill=weekly-habit`;
    const writeText = vi.fn().mockResolvedValue(undefined);
    stub('clipboard', { writeText });
    const { container, region } = shareRegion();
    enhance(container);
    const whatsapp = within(region).getByRole('link', { name: 'Deel via WhatsApp' });
    fireEvent.focusIn(whatsapp);
    expect(decodeURIComponent(whatsapp.getAttribute('href')!.split('text=')[1])).toBe(`Het milieu ${chosen}`);
    // The choice can change after load: the links follow it.
    window.history.replaceState(null, '', '/nl/milieu/?bill=festival-pill');
    const email = within(region).getByRole('link', { name: 'Deel via e-mail' });
    fireEvent.click(email);
    expect(decodeURIComponent(email.getAttribute('href')!)).toContain(`${url}?bill=festival-pill`);
    fireEvent.click(within(region).getByRole('button', { name: 'Kopieer link' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith(`${url}?bill=festival-pill`));
    cleanup();

    const share = vi.fn().mockResolvedValue(undefined);
    stub('share', share);
    const second = shareRegion();
    enhance(second.container);
    await act(async () => fireEvent.click(within(second.region).getByRole('button', { name: 'Delen' })));
    expect(share).toHaveBeenCalledWith({ title: 'Het milieu', url: `${url}?bill=festival-pill` });
  });

  it('enhances a widget once, however often enhance runs', async () => {
    const share = vi.fn().mockResolvedValue(undefined);
    stub('share', share);
    const { container, region } = shareRegion();
    enhance(container);
    enhance(container);
    await act(async () => fireEvent.click(within(region).getByRole('button', { name: 'Delen' })));
    expect(share).toHaveBeenCalledTimes(1);
  });
});

describe('the fact sheet', () => {
  const ctx = { locale: 'nl' as const, factIds: [], t };

  it('without JavaScript: every fact, a plain link to each, no filter', () => {
    render(<FactSheet ctx={ctx} />);
    expect(screen.queryByRole('group', { name: 'Toon feiten over' })).toBeNull();
    expect(screen.queryByRole('radio')).toBeNull();
    expect(screen.getAllByRole('link', { name: 'Link naar dit feit' })).toHaveLength(facts.length);
  });

  it('filters by topic and says how many facts are shown', () => {
    const { container } = render(<FactSheet ctx={ctx} />);
    enhance(container);
    const filter = screen.getByRole('group', { name: 'Toon feiten over' });
    const [, first] = within(filter).getAllByRole('radio');
    fireEvent.click(first);
    const shown = container.querySelectorAll('section[data-topic]:not([hidden]) [data-fact-entry]').length;
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(facts.length);
    expect(within(filter).getByRole('status')).toHaveTextContent(`Je ziet ${shown} van de ${facts.length} feiten.`);
    fireEvent.click(within(filter).getAllByRole('radio')[0]);
    expect(container.querySelectorAll('section[data-topic][hidden]')).toHaveLength(0);
    expect(within(filter).getByRole('status')).toHaveTextContent(`Je ziet ${facts.length} van de ${facts.length} feiten.`);
  });

  it('copies a fact’s full address', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    stub('clipboard', { writeText });
    const { container } = render(<FactSheet ctx={ctx} />);
    enhance(container);
    expect(screen.queryByRole('link', { name: 'Link naar dit feit' })).toBeNull();
    fireEvent.click(screen.getAllByRole('button', { name: 'Kopieer link' })[0]);
    await waitFor(() => expect(writeText).toHaveBeenCalledWith(expect.stringMatching(/^https:\/\/.+\/nl\/feiten\/#[a-z0-9-]+$/)));
  });
});
