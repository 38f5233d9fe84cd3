import { describe, expect, it } from 'vitest';
import { allDocs, isPublished, showUnpublished } from '@/lib/content';

const now = new Date('2026-06-01T12:00:00+02:00');

describe('drafts and embargoes', () => {
  it('a draft is never published', () => {
    expect(isPublished({ draft: true }, now)).toBe(false);
  });
  it('a page with a future publish date or embargo waits until that moment', () => {
    expect(isPublished({ publishedAt: '2026-06-02' }, now)).toBe(false);
    expect(isPublished({ embargo: '2026-06-01T12:30:00+02:00' }, now)).toBe(false);
    expect(isPublished({ embargo: '2026-06-01T11:30:00+02:00' }, now)).toBe(true);
    expect(isPublished({ publishedAt: '2025-05-22' }, now)).toBe(true);
  });
  it('outside production, drafts are part of the site so editors can preview them', () => {
    expect(showUnpublished).toBe(true);
    expect(allDocs.some((doc) => doc.draft)).toBe(true);
  });
});
