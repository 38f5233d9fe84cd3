import { describe, expect, it } from 'vitest';
import { revealId, revealTargets } from '@/lib/enhance/reveal';

// The home page's sources sit in a closed disclosure; a footnote must still reach its source.
const page = () => {
  document.body.innerHTML = `
    <p><a href="#bron-a">[1]</a></p>
    <details id="outer"><summary>Bronnen</summary>
      <ol><li id="bron-a">Bron A</li></ol>
      <details id="inner"><summary>Meer</summary><p id="deep">Diep</p></details>
    </details>
    <details id="other"><summary>Anders</summary></details>`;
  return (id: string) => (document.getElementById(id) as HTMLDetailsElement).open;
};

describe('revealing a footnote target', () => {
  it('opens every disclosure around the target, and no other', () => {
    const open = page();
    revealId('deep');
    expect([open('outer'), open('inner'), open('other')]).toEqual([true, true, false]);
  });

  it('opens the sources when a footnote is followed, also a second time', () => {
    const open = page();
    revealTargets(document);
    document.querySelector<HTMLAnchorElement>('a[href="#bron-a"]')!.click();
    expect(open('outer')).toBe(true);
    (document.getElementById('outer') as HTMLDetailsElement).open = false;
    document.querySelector<HTMLAnchorElement>('a[href="#bron-a"]')!.click();
    expect(open('outer')).toBe(true);
  });

  it('opens every disclosure before printing', () => {
    const open = page();
    revealTargets(document);
    window.dispatchEvent(new Event('beforeprint'));
    expect([open('outer'), open('inner'), open('other')]).toEqual([true, true, true]);
  });
});
