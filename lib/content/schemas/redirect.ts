import { z } from 'zod';
import { localePattern } from './common';
import { say } from './dutch';

// content/redirects.yaml: every old URL keeps working ("cool URIs don't change").
const sitePath = (what: string) =>
  z
    .string({ error: say({ nl: `heeft ${what} nodig als pad, zoals /nl/oude-naam/`, en: `needs ${what} as a path like /nl/oude-naam/` }) })
    .regex(
      new RegExp(`^/${localePattern}/([a-z0-9-]+/)*([a-z0-9-]+\\.[a-z0-9]+)?$`),
      say({
        nl: `${what} moet een pad op deze site zijn, zoals /nl/oude-naam/ (eerst de taal, met een / aan het eind, of een bestand zoals /nl/feiten/feiten.csv)`,
        en: `${what} must be a path on this site like /nl/oude-naam/ (language first, ending in a slash, or a file like /nl/feiten/feiten.csv)`,
      }),
    );

export const redirectSchema = z
  .object({ from: sitePath('from').describe('the old address, which keeps working'), to: sitePath('to').describe('the page (or file) the old address now opens') })
  .strict();

export const redirectsSchema = z.array(redirectSchema, { error: 'must be a list of redirects, each with from: and to:' });

export type Redirect = z.infer<typeof redirectSchema>;
