// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addUrls } from '@/lib/public-urls';

// `npm run urls:add` runs unattended in the content workflow, which commits what it writes: it must only
// ever add lines, and write nothing when there is nothing new (or the workflow would commit a reshuffle).
const list = ['# Every public URL.', '# Deleting a line is a decision.', '/', '/en/', '/nl/', ''].join('\n');

describe('urls:add (addUrls)', () => {
  it('adds the new URLs in order and names them', () => {
    const { text, added } = addUrls(list, ['/nl/', '/nl/sport/', '/en/sports/', '/en/']);
    expect(added).toEqual(['/en/sports/', '/nl/sport/']);
    expect(text).toBe(
      ['# Every public URL.', '# Deleting a line is a decision.', '/', '/en/', '/en/sports/', '/nl/', '/nl/sport/', ''].join('\n'),
    );
  });

  it('never removes a line, also not a URL the site no longer has or a line it does not understand', () => {
    const odd = `${list}/nl/withdrawn/\nnot a url\n`;
    const lines = (text: string) => text.split('\n').filter(Boolean);
    const { text } = addUrls(odd, ['/']);
    expect(lines(text)).toEqual(expect.arrayContaining(lines(odd)));
    expect(lines(text)).toHaveLength(lines(odd).length);
  });

  it('changes nothing when every URL is listed', () => {
    expect(addUrls(list, ['/', '/en/'])).toEqual({ text: list, added: [] });
  });

  it('leaves the committed tests/urls.txt as it is when nothing is new', () => {
    const committed = readFileSync('tests/urls.txt', 'utf8');
    expect(addUrls(committed, []).text).toBe(committed);
  });
});
