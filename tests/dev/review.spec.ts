import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import YAML from 'yaml';

test.setTimeout(120_000);

// The fact-checkers' review view (issue 11), in `npm run dev` only: every sentence of a page that
// cites a fact, beside the fact, the source's own words and the source link.
const fact = (id: string) => YAML.parse(readFileSync(path.resolve('content/facts', `${id}.yaml`), 'utf8'));
// The facts a page's MDX names, read here independently of the view's own parser.
const idsIn = (file: string) =>
  [...new Set([...readFileSync(file, 'utf8').matchAll(/\b(?:id|fact)="([a-z0-9-]+)"/g)].map((match) => match[1]))].filter((id) => {
    try {
      return Boolean(fact(id));
    } catch {
      return false;
    }
  });

test('a page’s review lists each cited fact beside its sentence, the source’s own words and its source', async ({ page }) => {
  await page.goto('/nl/review/gezondheid/');
  await expect(page.getByRole('heading', { level: 1, name: 'Nakijken: Wat drugs kosten voor je gezondheid' })).toBeVisible();
  await expect(page.getByText('content/pages/nl/gezondheid.mdx')).toBeVisible();
  const ids = idsIn('content/pages/nl/gezondheid.mdx');
  expect(ids.length).toBeGreaterThan(5);
  for (const id of ids) await expect(page.locator(`[data-review-fact="${id}"]`).first(), id).toBeVisible();

  const strength = fact('health-ecstasy-tablet-strength');
  // The fact is cited twice on the page: by the editor's own sentence (<Cite>) and by the <Stat> block.
  const cited = page.locator('[data-finding]').filter({ has: page.locator('[data-review-fact="health-ecstasy-tablet-strength"]') });
  await expect(cited.filter({ hasText: 'Hoeveel MDMA er in een xtc-pil zit, verschilt.' }).first()).toBeVisible();
  const finding = cited.filter({ has: page.getByRole('heading', { level: 2, name: /· <Stat>$/ }) }).first();
  await expect(finding.getByRole('heading', { level: 2 })).toHaveText(/^Regel \d+ · <Stat>$/);
  await expect(finding).toContainText(strength.text.nl);
  await expect(finding).toContainText('De bron zegt (in het Engels)');
  await expect(finding.locator('blockquote[lang="en"]')).toHaveText(strength.evidence.text);
  await expect(finding.getByRole('link', { name: strength.source.title })).toHaveAttribute('href', strength.source.url);
  if (strength.caveat) await expect(finding).toContainText(strength.caveat.nl);
});

test('a second-hand fact says so in the review too', async ({ page }) => {
  await page.goto('/en/review/society/');
  const entry = page.locator('[data-review-fact="soc-explosions-2024"]').first();
  await expect(entry).toContainText('According to a news report by NH Nieuws');
  await expect(entry).toContainText('Secondary source (a news report)');
});

test('the review index lists every page, and each review links to the page and to its twin’s review', async ({ page }) => {
  await page.goto('/nl/review/');
  const index = page.getByRole('navigation', { name: "Alle pagina's" });
  await expect(index.getByRole('link', { name: 'Wat drugs kosten voor je gezondheid' })).toHaveAttribute('href', '/nl/review/gezondheid/');
  expect(await index.getByRole('link').count()).toBeGreaterThan(15);
  await index.getByRole('link', { name: 'Wat drugs kosten voor je gezondheid' }).click();
  await expect(page).toHaveURL(/\/nl\/review\/gezondheid\/$/);
  await expect(page.getByRole('link', { name: 'Bekijk de pagina' })).toHaveAttribute('href', '/nl/gezondheid/');
  await expect(page.locator('a[hreflang="en"], a[lang="en"]').first()).toHaveAttribute('href', '/en/review/health/');
});

test('the bill’s lines and the quiz’s questions are reviewed on their pages, with their YAML files', async ({ page }) => {
  await page.goto('/nl/review/quiz/');
  await expect(page.getByRole('heading', { level: 2, name: /content\/quiz\/pill-strength\.yaml/ })).toBeVisible();
  await page.goto('/nl/review/');
  await expect(page.getByRole('heading', { level: 2, name: /content\/scenarios\/festival-pill\.yaml/ }).first()).toBeVisible();
});
