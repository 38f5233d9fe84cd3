import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, it } from 'vitest';
import { isPublished } from '@/lib/content';
import { releasesIn } from '@/lib/content/press';
import { contactSchema } from '@/lib/content/schemas/contact';
import { pressSchema } from '@/lib/content/schemas/press';
import { factsCsv } from '@/lib/facts/export';
import { factRows } from '@/lib/facts/sheet';
import { atomFeed } from '@/lib/press/feed';

describe('embargo', () => {
  const now = new Date('2026-01-15T12:00:00+01:00');
  it('keeps a release out until its embargo has passed', () => {
    expect(isPublished({ embargo: '2026-01-15T13:00:00+01:00' }, now)).toBe(false);
    expect(isPublished({ embargo: '2026-01-15T11:59:00+01:00' }, now)).toBe(true);
    expect(isPublished({}, now)).toBe(true);
    expect(isPublished({ draft: true }, now)).toBe(false);
  });
});

describe('press release frontmatter', () => {
  const release = {
    title: 'Titel',
    summary: 'Een samenvatting die lang genoeg is.',
    locale: 'nl',
    slug: 'pers/x',
    translationKey: 'press-x',
    kind: 'site-news',
    date: '2025-05-22T10:00:00+02:00',
    contact: 'vws',
  };
  it('takes a day alone, or a time with its zone, but never a time without one', () => {
    expect(pressSchema.safeParse(release).success).toBe(true);
    expect(pressSchema.safeParse({ ...release, date: '2025-05-22' }).success).toBe(true);
    expect(pressSchema.safeParse({ ...release, date: '2025-05-22T10:00:00' }).success).toBe(false);
    expect(pressSchema.safeParse({ ...release, date: '2025-02-30' }).success).toBe(false);
  });
  it('says whose text it is: an announcement links its original, site news has none', () => {
    const original = 'https://www.rijksoverheid.nl/actueel/nieuws/2025/05/22/x';
    expect(pressSchema.safeParse({ ...release, kind: 'announcement', original }).success).toBe(true);
    expect(pressSchema.safeParse({ ...release, kind: 'announcement' }).success).toBe(false);
    expect(pressSchema.safeParse({ ...release, original }).success).toBe(false);
    expect(pressSchema.safeParse({ ...release, kind: undefined }).success).toBe(false);
  });
  it('names one press office or a list of them', () => {
    expect(pressSchema.safeParse({ ...release, contact: ['vws', 'jenv'] }).success).toBe(true);
    expect(pressSchema.safeParse({ ...release, contact: [] }).success).toBe(false);
  });
  it('keeps the title to 65 and the summary to 160 characters', () => {
    expect(pressSchema.safeParse({ ...release, title: 'x'.repeat(66) }).success).toBe(false);
    expect(pressSchema.safeParse({ ...release, summary: 'x'.repeat(161) }).success).toBe(false);
  });
  it('wants a contact page on https', () => {
    const contact = {
      name: { nl: 'a', en: 'a' },
      role: { nl: 'b', en: 'b' },
      organisation: { nl: 'c', en: 'c' },
      url: 'https://www.rijksoverheid.nl/x',
      linkText: { nl: 'd', en: 'd' },
    };
    expect(contactSchema.safeParse(contact).success).toBe(true);
    expect(contactSchema.safeParse({ ...contact, url: 'http://example.nl' }).success).toBe(false);
    // No stand-in contact: the old placeholder flag is an unknown field now.
    expect(contactSchema.safeParse({ ...contact, placeholder: true }).success).toBe(false);
  });
});

describe('the Atom feed', () => {
  it('lists the releases of one language newest first', () => {
    const feed = parseFeed(atomFeed('nl'));
    expect(feed.items.map((item) => item.title)).toEqual(releasesIn('nl').map((release) => release.title));
    const dates = feed.items.map((item) => item.published!.getTime());
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });
});

describe('the CSV download', () => {
  it('has one record per fact, each field quoted, with quotes inside doubled', () => {
    const csv = factsCsv('nl').replace(/^\uFEFF/, '');
    const records = csv.trimEnd().split('\r\n');
    expect(records).toHaveLength(factRows('nl').length + 1);
    for (const record of records) expect(record).toMatch(/^"(?:[^"]|"")*"(?:,"(?:[^"]|"")*")*$/);
  });
});
