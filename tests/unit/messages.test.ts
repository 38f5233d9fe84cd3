import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import nl from '@/messages/nl.json';

const keyPaths = (value: unknown, prefix = ''): string[] =>
  value && typeof value === 'object'
    ? Object.entries(value).flatMap(([key, child]) => keyPaths(child, prefix ? `${prefix}.${key}` : key))
    : [prefix];

describe('UI messages', () => {
  it('have identical keys in Dutch and English', () => {
    expect(keyPaths(en).sort()).toEqual(keyPaths(nl).sort());
  });

  it('have no empty strings', () => {
    const empty = [...keyPaths(nl).map((k) => ['nl', k]), ...keyPaths(en).map((k) => ['en', k])].filter(([locale, key]) => {
      const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], locale === 'nl' ? nl : en);
      return typeof value !== 'string' || value.trim() === '';
    });
    expect(empty).toEqual([]);
  });
});
