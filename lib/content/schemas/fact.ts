import { z } from 'zod';
import { bilingual, isoDate } from './common';

export const topics = ['health', 'environment', 'society', 'online', 'youth', 'community', 'help', 'campaign'] as const;

export const factSchema = z
  .object({
    topic: z.enum(topics, { error: `must be one of: ${topics.join(', ')}` }),
    figure: bilingual('a figure').nullable(),
    label: bilingual('a label').optional(),
    text: bilingual('a text'),
    period: bilingual('a period'),
    caveat: bilingual('a caveat').optional(),
    source: z
      .object({
        publisher: z.string({ error: 'is required' }).min(2),
        title: z.string({ error: 'is required' }).min(2),
        url: z.url({ error: 'must be a full web address starting with https://' }).regex(/^https:\/\//, 'must start with https://'),
        published: z.string({ error: 'is required (as text, for example \'2025-05\')' }).min(2),
      }, { error: 'is required: publisher, title, url and published' })
      .strict(),
    confidence: z.enum(['high', 'medium'], { error: 'must be high or medium' }),
    lastChecked: isoDate,
  })
  .strict()
  .refine((fact) => fact.figure === null || fact.label !== undefined, { message: 'a fact with a figure also needs a label', path: ['label'] });

export type Fact = z.infer<typeof factSchema> & { id: string };
