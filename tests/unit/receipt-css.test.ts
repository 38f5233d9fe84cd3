// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { billParts } from '@/lib/content/schemas/components';

// globals.css shows a part's name once per run of lines (the repeats stay for screen readers). It
// names each part, so a part added to the schema needs its rule there too.
const css = readFileSync('app/globals.css', 'utf8');

describe('the receipt groups its lines by part', () => {
  it.each(billParts)('has the rule for %s', (part) => {
    expect(css).toContain(`.bill-line[data-part='${part}'] + .bill-line[data-part='${part}'] .bill-part`);
  });
});
