import { readdirSync } from 'node:fs';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getFact } from '@/lib/content';
import { Chain, ChainStep } from '@/components/story/Chain';
import { Chapter } from '@/components/story/Chapter';
import { Stat } from '@/components/story/Stat';
import { translator } from '@/lib/i18n/translator';
import { renderExample } from './render-example';

// Every example in the editors' guide is rendered here, exactly as an editor would copy it.
describe('story component examples', () => {
  it('exist for every component an editor uses', () => {
    const examples = readdirSync('content/examples').map((file) => file.replace('.mdx', ''));
    expect(examples).toEqual(
      expect.arrayContaining(['Bill', 'Callout', 'Chain', 'Chapter', 'Fact', 'Figure', 'HelpBox', 'MythFact', 'Quote', 'Sources', 'Stat']),
    );
  });

  it('Chapter: a titled section with its own anchor', async () => {
    await renderExample('Chapter');
    const heading = screen.getByRole('heading', { level: 2, name: 'Wat het met je lijf doet' });
    expect(heading).toHaveAttribute('id', 'in-je-lijf');
    expect(screen.getByRole('region', { name: 'Wat het met je lijf doet' })).toContainElement(heading);
  });

  it('Fact: the registry sentence with a numbered note to its source', async () => {
    await renderExample('Fact');
    expect(screen.getByText(getFact('env-dumpings-2024').text.nl, { exact: false })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /^Bron 1: volgens een nieuwsbericht van ANP/ })).toHaveAttribute(
      'href',
      '#bron-env-dumpings-2024',
    );
  });

  it('Cite: the editor’s own sentence, followed by a note to the source that says it', async () => {
    await renderExample('Cite');
    const note = screen.getByRole('link', { name: /^Bron 1: Nationale Drug Monitor/ });
    expect(note).toHaveAttribute('href', '#bron-youth-pupils-ecstasy-2023');
    expect(note.closest('[data-cite]')).toHaveTextContent(
      /^bijna alle scholieren van 12 tot 16 jaar hebben nog nooit xtc gebruikt\.\s*\[1\]$/,
    );
  });

  it('Stat: the figure big, with its label and source note', async () => {
    await renderExample('Stat');
    const fact = getFact('soc-drug-labs-in-residential-areas-2024');
    const figure = screen.getByRole('figure');
    expect(within(figure).getByText(fact.figure!.nl)).toBeInTheDocument();
    expect(figure).toHaveTextContent(fact.label!.nl);
    expect(within(figure).getByRole('link', { name: /^Bron 1/ })).toHaveAttribute('href', '#bron-soc-drug-labs-in-residential-areas-2024');
  });

  it('Bill: a receipt whose lines carry the fact figures and link to their chapters', async () => {
    await renderExample('Bill');
    const bill = screen.getByRole('region', { name: 'De onzichtbare rekening' });
    const lines = within(bill).getAllByRole('listitem');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toHaveTextContent(getFact('health-ecstasy-tablet-strength').figure!.nl);
    // The label's "(schatting)" is said once, within the period that repeats it.
    expect(lines[1]).toHaveTextContent('afval per kilo synthetische drugs (schatting, gepubliceerd in 2023)');
    expect(within(lines[1]).getByRole('link', { name: 'Chemisch afval per kilo' })).toHaveAttribute('href', '/nl/milieu/');
    expect(within(lines[2]).getByRole('link', { name: /^Bron 3/ })).toBeInTheDocument();
    expect(bill).toHaveTextContent('TotaalBetaald met je gezondheid, je buurt en de natuur');
  });

  it('Chain: numbered steps, which may cite facts', async () => {
    await renderExample('Chain');
    // On its own between chapters, the Chain is a section of the page: its title is an h2.
    expect(screen.getByRole('heading', { level: 2, name: 'Van jouw pil tot de buurt' })).toBeInTheDocument();
    const steps = screen.getAllByRole('listitem');
    expect(steps.map((step) => step.querySelector('strong')?.textContent)).toEqual([
      'Een lab in een woonwijk',
      'Afval in de natuur',
      'Jouw pil',
    ]);
    expect(within(steps[1]).getByRole('link', { name: /^Bron 1/ })).toBeInTheDocument();
  });

  it('Chain inside a Chapter: its title ranks below the chapter title', () => {
    render(
      <Chapter id="h" title="Hoofdstuk">
        <Chain title="Stappen">
          <ChainStep title="Een">Tekst</ChainStep>
        </Chain>
      </Chapter>,
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Hoofdstuk' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Stappen' })).toBeInTheDocument();
  });

  it('Stat: a period with its own note reads without brackets inside brackets', () => {
    const ctx = { locale: 'en' as const, factIds: ['soc-money-laundering-16-billion'], t: translator('en') };
    render(<Stat id="soc-money-laundering-16-billion" ctx={ctx} />);
    expect(screen.getByRole('figure')).toHaveTextContent('is laundered in the Netherlands every year (2014, estimate)');
  });

  it('MythFact: the myth, struck through, next to the sourced fact', async () => {
    await renderExample('MythFact');
    expect(screen.getByText('Drugsafval verdwijnt vanzelf.').tagName).toBe('S');
    expect(screen.getByText('Fabel')).toBeInTheDocument();
    expect(screen.getByText(getFact('env-drug-waste-residues-in-water').text.nl, { exact: false })).toBeInTheDocument();
  });

  it('Quote: says in words that an invented persona is invented', async () => {
    await renderExample('Quote');
    const quote = screen.getByRole('figure');
    expect(within(quote).getByText(/Veel jongeren denken/)).toBeInTheDocument();
    expect(quote).toHaveTextContent('Sanne, jongerenwerker');
    expect(quote).toHaveTextContent('Verzonnen persoon');
    expect(quote).not.toHaveTextContent('gebaseerd op feiten');
  });

  it('Callout: a note whose kind is said in words', async () => {
    await renderExample('Callout');
    const note = screen.getByRole('note');
    expect(note).toHaveTextContent('Tip');
    expect(note).toHaveTextContent('Twijfel je?');
  });

  it('HelpBox: resources from the registry with confirmed phone numbers as tel: links', async () => {
    await renderExample('HelpBox');
    const box = screen.getByRole('region', { name: 'Hulp nodig?' });
    expect(within(box).getByRole('link', { name: /Meld Misdaad Anoniem/ })).toHaveAttribute('href', 'https://www.meldmisdaadanoniem.nl');
    expect(within(box).getByRole('link', { name: '0800-7000' })).toHaveAttribute('href', 'tel:08007000');
    expect(within(box).getByRole('link', { name: '0800-0432' })).toHaveAttribute('href', 'tel:08000432');
  });

  it('Figure: an image with alt text, a reserved size and a credit', async () => {
    await renderExample('Figure');
    const image = screen.getByRole('img', { name: /Een kassabon met drie regels/ });
    expect(image).toHaveAttribute('width', '640');
    expect(image).toHaveAttribute('height', '400');
    expect(screen.getByRole('figure')).toHaveTextContent('Beeld: De onzichtbare rekening');
  });

  it('Sources: lists each cited fact with its source link, period and last-checked date', async () => {
    await renderExample('Sources');
    const sources = screen.getByRole('region', { name: 'Bronnen' });
    const fact = getFact('health-ecstasy-tablet-strength');
    expect(within(sources).getByRole('link', { name: fact.source.title })).toHaveAttribute('href', fact.source.url);
    expect(sources).toHaveTextContent('Laatst gecontroleerd: 1 november 2026');
    expect(within(sources).getAllByRole('listitem')[0]).toHaveAttribute('id', 'bron-health-ecstasy-tablet-strength');
  });

  it('a bad prop stops the render with a message that says what is allowed', async () => {
    const { checkProps } = await import('@/lib/content/schemas/components');
    expect(() => checkProps('Callout', { type: 'danger', title: 'x' })).toThrow('type: must be one of: info, tip, warning');
  });
});
