import { execFile } from 'node:child_process';
import path from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, it } from 'vitest';
import { corrections, correctionsOfFact, correctionsOfPage } from '@/lib/content/corrections';
import { correctionSchema } from '@/lib/content/schemas/correction';
import { correctionsFeed } from '@/lib/corrections/feed';

const repo = path.resolve(__dirname, '../..');

describe('a correction entry', () => {
  const entry = {
    date: '2026-12-02',
    title: { nl: 'Titel', en: 'Title' },
    concerns: { pages: ['health'] },
    wrong: { nl: 'Stond', en: 'Said' },
    now: { nl: 'Staat', en: 'Says' },
    why: { nl: 'Omdat', en: 'Because' },
  };
  it('needs what was wrong, what it says now and why, in both languages, and what it concerns', () => {
    expect(correctionSchema.safeParse(entry).success).toBe(true);
    expect(correctionSchema.safeParse({ ...entry, why: { nl: 'Omdat' } }).success).toBe(false);
    expect(correctionSchema.safeParse({ ...entry, concerns: {} }).success).toBe(false);
    expect(correctionSchema.safeParse({ ...entry, concerns: { facts: ['soc-explosions-2024'] } }).success).toBe(true);
    expect(correctionSchema.safeParse({ ...entry, date: '2 december' }).success).toBe(false);
  });
});

describe('the corrections log', () => {
  it('starts with the corrections of issue 11, newest first, each with its file name as anchor', () => {
    expect(corrections.length).toBeGreaterThanOrEqual(10);
    for (const entry of corrections) expect(entry.id.startsWith(entry.date)).toBe(true);
    const dates = corrections.map((entry) => entry.date);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(correctionsOfFact('soc-explosions-2024').map((entry) => entry.id)).toContain('2026-12-02-explosions-five-times');
    expect(correctionsOfPage('quiz').map((entry) => entry.id)).toContain('2026-12-02-quiz-pill-strength');
  });

  it.each(['nl', 'en'] as const)('has an Atom feed in %s that a feed parser reads: every entry, linking its anchor', (locale) => {
    const feed = parseFeed(correctionsFeed(locale));
    expect(feed.meta.type).toBe('atom');
    expect(feed.self).toMatch(locale === 'nl' ? /\/nl\/correcties\/feed\.xml$/ : /\/en\/corrections\/feed\.xml$/);
    expect(feed.items.map((item) => item.title)).toEqual(corrections.map((entry) => entry.title[locale]));
    expect(feed.items.map((item) => item.url)).toEqual(
      corrections.map((entry) =>
        expect.stringMatching(new RegExp(`/${locale === 'nl' ? 'nl/correcties' : 'en/corrections'}/#${entry.id}$`)),
      ),
    );
    for (const item of feed.items) expect(item.published?.toISOString().slice(0, 10)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('npm run content:check on corrections', () => {
  it('explains every mistake with its file, field and fix', { timeout: 60_000 }, async () => {
    const argv = [
      '--import',
      'tsx',
      'lib/cli/content-check.ts',
      '--root',
      path.join(repo, 'tests/fixtures/content/corrections'),
      '--today',
      '2026-01-15',
      // The English words; the Dutch ones are the default (tests/unit/content-check.test.ts).
      '--lang',
      'en',
    ];
    const { code, out } = await new Promise<{ code: number | null; out: string }>((resolve) => {
      execFile(process.execPath, argv, { cwd: repo, encoding: 'utf8' }, (error, stdout, stderr) =>
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, out: `${stdout}${stderr}` }),
      );
    });
    for (const line of [
      'content/corrections/2026-01-11-mistakes.yaml (wrong.en): wrong.en is missing',
      'content/corrections/2026-01-11-mistakes.yaml (date): date 2026-01-12 is not the date in the file name (2026-01-11)',
      'content/corrections/2026-01-11-mistakes.yaml (concerns.facts.0): fact "test-fakt" does not exist',
      'Did you mean "test-fact"?',
      'content/corrections/2026-01-11-mistakes.yaml (concerns.pages.0): no page, story or press release has translationKey "abuot"',
      'Did you mean "about"?',
      'content/corrections/correction-without-date.yaml: the file name "correction-without-date" must start with the date of the correction and then a short id',
      'content/corrections/correction-without-date.yaml (concerns): concerns needs at least one fact or page',
      'content/corrections/correction-without-date.yaml (date): date 2026-02-01 is in the future',
    ])
      expect(out).toContain(line);
    // The good entry passes.
    expect(out).not.toContain('2026-01-10-good.yaml');
    expect(out).not.toMatch(/\n\s+at /);
    expect(code).toBe(1);
  });
});
