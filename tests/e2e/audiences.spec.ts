import { expect, test } from '@playwright/test';

// Issue 16, "help for everyone" and "cocaine and mixing": parents and professionals have pages of
// their own, reached from every page's footer; adults get a resource beyond the Kindertelefoon
// (which stops at 18), shown by name and website because no recent source confirms a number; the
// health page has the cocaine and mixing chapters that the bill and the other pages link to.
const sites = [
  {
    locale: 'nl',
    footer: 'Over deze site',
    parents: { link: 'Ouders', title: 'Voor ouders', url: '/nl/ouders/' },
    professionals: { link: 'Professionals', title: 'Voor professionals', url: '/nl/professionals/' },
    help: '/nl/hulp/',
    helpBox: 'Alle hulp op een rij',
    health: '/nl/gezondheid/',
    chapters: { cocaine: 'Cocaïne', mixing: 'Mengen met alcohol' },
    mixingLink: 'Mengen met alcohol',
  },
  {
    locale: 'en',
    footer: 'About this site',
    parents: { link: 'Parents', title: 'For parents', url: '/en/parents/' },
    professionals: { link: 'Professionals', title: 'For professionals', url: '/en/professionals/' },
    help: '/en/help/',
    helpBox: 'All help in one place',
    health: '/en/health/',
    chapters: { cocaine: 'Cocaine', mixing: 'Mixing with alcohol' },
    mixingLink: 'Mixing with alcohol',
  },
];

for (const site of sites) {
  test.describe(site.locale, () => {
    test.use({ javaScriptEnabled: false });

    test('the footer of every page leads to the pages for parents and for professionals', async ({ page }) => {
      for (const audience of [site.parents, site.professionals]) {
        await page.goto(site.health);
        const link = page.getByRole('navigation', { name: site.footer }).getByRole('link', { name: audience.link, exact: true });
        await expect(link).toHaveAttribute('href', audience.url);
        await link.click();
        await expect(page).toHaveURL(new RegExp(`${audience.url}$`));
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(audience.title);
        // Each ends with help to refer to, from the one registry.
        await expect(page.locator('[data-help="kindertelefoon"]')).toHaveCount(1);
        await expect(page.locator('[data-help="meldpunt-uitbuiting-minderjarigen"]')).toHaveCount(1);
      }
    });

    test('the help page offers adults Jellinek by name and website, with no unconfirmed number', async ({ page }) => {
      await page.goto(site.help);
      const jellinek = page.getByRole('region', { name: site.helpBox }).locator('[data-help="jellinek"]');
      await expect(jellinek.getByRole('link').first()).toHaveAttribute('href', 'https://www.jellinek.nl');
      await expect(jellinek.locator('a[href^="tel:"]')).toHaveCount(0);
      // The sentence about adults cites the fact behind it.
      await expect(page.locator('a[href="#bron-help-jellinek"]').first()).toBeVisible();
    });

    test('the health page has the cocaine and mixing chapters, each citing its sources', async ({ page }) => {
      await page.goto(site.health);
      const cocaine = page.getByRole('region', { name: site.chapters.cocaine, exact: true });
      const mixing = page.getByRole('region', { name: site.chapters.mixing, exact: true });
      await expect(cocaine).toHaveAttribute('aria-labelledby', 'cocaine');
      for (const id of [
        'health-cocaine-heart',
        'health-cocaine-dependence',
        'health-cocaine-purity-cutting-2022',
        'health-cocaine-levamisole-risk',
      ])
        await expect(cocaine.locator(`a[href="#bron-${id}"]`).first()).toBeVisible();
      for (const id of ['health-mixing-raises-risk', 'health-ghb-with-alcohol', 'health-cocaine-alcohol-heart'])
        await expect(mixing.locator(`a[href="#bron-${id}"]`).first()).toBeVisible();
      // The cocaine chapter's advice leads to the mixing chapter on the same page.
      await cocaine.getByRole('link', { name: site.mixingLink }).click();
      await expect(page).toHaveURL(new RegExp(`#${await mixing.getAttribute('aria-labelledby')}$`));
    });
  });
}
