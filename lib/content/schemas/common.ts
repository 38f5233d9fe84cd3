import { z } from 'zod';

export const localeSchema = z.enum(['nl', 'en'], { error: 'must be nl or en' });

// A date written as YYYY-MM-DD. Contentlayer turns dates into full ISO strings, so both are accepted.
export const isoDate = z
  .string({ error: 'must be a date like 2027-06-01' })
  .regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/, 'must be a date like 2027-06-01')
  .refine((value) => !Number.isNaN(Date.parse(value)), 'is not a real date');

export const slugSchema = z
  .string({ error: 'must be text, for example gezondheid or verhalen/de-route-van-een-pil' })
  .regex(/^$|^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/, 'may only use a-z, 0-9, - and /, with no slash at the start or end');

export const bilingual = (what: string) =>
  z.object({ nl: z.string().min(1, `needs Dutch ${what}`), en: z.string().min(1, `needs English ${what}`) }, { error: `needs ${what} in nl and en` }).strict();
