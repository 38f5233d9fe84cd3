import { z } from 'zod';
import { bilingual } from './common';
import { say } from './dutch';

export const helpTopics = ['drugs', 'crime', 'recruitment', 'exploitation', 'emergency', 'young'] as const;

export const helpSchema = z
  .object({
    name: bilingual({ nl: 'een naam', en: 'a name' }).describe('the name of the organisation'),
    offer: bilingual({ nl: 'een zin over wat ze bieden', en: 'a sentence about what they offer' }).describe('one sentence about what they offer'),
    url: z.url({ error: 'must be a full web address starting with https://' }).describe('the web address of the organisation, starting with https://'),
    // A number is shown only where the linked fact's source confirms it (see the fact's caveat).
    phone: z.string().regex(/^[0-9 -]{3,14}$/, 'must be a phone number like 0800-7000').optional().describe('the phone number, only when the fact\'s source confirms it'),
    phoneNonUrgent: z.string().regex(/^[0-9 -]{3,14}$/, 'must be a phone number like 0900-8844').optional().describe('the phone number for questions that are not urgent, only when a source confirms it'),
    fact: z.string({ error: 'is required: the id of the fact that sources this resource' }).describe('the id of the fact that sources this resource'),
    topics: z.array(z.enum(helpTopics, { error: say({ nl: `moet een van deze zijn: ${helpTopics.join(', ')}`, en: `must be from: ${helpTopics.join(', ')}` }) })).min(1, 'needs at least one topic').describe('the topics the resource helps with'),
  })
  .strict();

export type HelpResource = z.infer<typeof helpSchema> & { id: string };
