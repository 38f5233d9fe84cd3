import { existsSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { builtPages } from './built-pages';

// content/pages/*/voorbeeld-concept.mdx and example-draft.mdx are drafts: every file of a static
// export is public once deployed, so a draft must not reach out/ at all.
test('drafts are absent from the production build', async ({ request }) => {
  for (const url of ['/nl/voorbeeld-concept/', '/en/example-draft/']) {
    expect((await request.get(url)).status(), url).toBe(404);
    expect(builtPages()).not.toContain(url);
  }
  const allPages = readFileSync('out/nl/alle-paginas/index.html', 'utf8');
  expect(allPages).not.toContain('voorbeeld-concept');
});

// The editors' gallery and the fact-checkers' review pages exist only in `npm run dev`
// (tests/dev/review.spec.ts): nothing of them reaches out/.
test('the review view and the component gallery are absent from the production build', async ({ request }) => {
  for (const url of ['/nl/review/', '/nl/review/gezondheid/', '/en/review/health/', '/nl/componenten/', '/en/components/']) {
    expect((await request.get(url)).status(), url).toBe(404);
  }
  expect(builtPages().filter((url) => /^\/(nl|en)\/(review|componenten|components)\//.test(url))).toEqual([]);
  expect(existsSync('out/nl/review')).toBe(false);
  expect(existsSync('out/en/review')).toBe(false);
});
