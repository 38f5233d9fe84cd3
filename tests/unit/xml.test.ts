import { describe, expect, it } from 'vitest';
import { escapeXml } from '@/lib/xml';

// Feeds, the sitemap and the redirect pages write XML and HTML by hand through this one escape.
const tricky = [
  'Tom & Jerry',
  'a < b > c',
  'he said "no"',
  "it's",
  'already &amp; escaped',
  '&lt;b&gt;',
  ']]>',
  `"'&<>`,
  'https://x.nl/?a=1&b="2"',
];

describe('escapeXml', () => {
  it('escapes the five XML special characters, & first', () => {
    expect(escapeXml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
    expect(escapeXml('plain text, é and € stay')).toBe('plain text, é and € stay');
  });

  it('escapes text that looks escaped already: an & is always text', () => {
    expect(escapeXml('&amp;')).toBe('&amp;amp;');
    expect(escapeXml('&#39;')).toBe('&amp;#39;');
  });

  it('round-trips through an XML parser in element text and in attributes in either quotes', () => {
    for (const text of tricky) {
      const xml = `<r><t>${escapeXml(text)}</t><a double="${escapeXml(text)}" single='${escapeXml(text)}'/></r>`;
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      expect(doc.getElementsByTagName('parsererror'), xml).toHaveLength(0);
      expect(doc.getElementsByTagName('t')[0].textContent).toBe(text);
      const a = doc.getElementsByTagName('a')[0];
      expect(a.getAttribute('double')).toBe(text);
      expect(a.getAttribute('single')).toBe(text);
    }
  });

  it('round-trips through an HTML parser, as the redirect pages are read', () => {
    for (const text of tricky) {
      const doc = new DOMParser().parseFromString(
        `<p title="${escapeXml(text)}" data-x='${escapeXml(text)}'>${escapeXml(text)}</p>`,
        'text/html',
      );
      const p = doc.querySelector('p')!;
      expect(p.textContent).toBe(text);
      expect(p.getAttribute('title')).toBe(text);
      expect(p.dataset.x).toBe(text);
    }
  });
});
