import { z } from 'zod';
import { localeSchema, slugSchema } from './common';

// Date and time with a time zone, for example 2025-05-22T10:00:00+02:00.
const dateTimeWithZone = z
  .string({ error: 'needs a date, time and time zone like 2025-05-22T10:00:00+02:00' })
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})$/, 'needs a date, time and time zone like 2025-05-22T10:00:00+02:00');

export const pressSchema = z
  .object({
    title: z.string({ error: 'is required' }).min(2).max(65, 'may be at most 65 characters'),
    summary: z.string({ error: 'is required' }).min(20, 'is too short').max(160, 'may be at most 160 characters'),
    description: z.string().min(50).max(160).optional(),
    locale: localeSchema,
    slug: slugSchema,
    translationKey: z.string({ error: 'is required' }).regex(/^[a-z0-9-]+$/, 'may only use a-z, 0-9 and -'),
    date: dateTimeWithZone,
    embargo: dateTimeWithZone.optional(),
    contact: z.string({ error: 'is required: the id of a press contact' }),
    reviewBy: z.string().optional(),
    draft: z.boolean().optional(),
  })
  .strict();
