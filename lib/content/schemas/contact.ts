import { z } from 'zod';
import { bilingual } from './common';

// One press contact in content/press/contacts.yaml; a release names it by its key (contact: id).
export const contactSchema = z
  .object({
    name: bilingual('a name'),
    role: bilingual('a role'),
    organisation: bilingual('an organisation'),
    email: z.email({ error: 'must be an e-mail address like pers@example.nl' }).optional(),
    phone: z.string().regex(/^\+?[0-9 -]{6,16}$/, 'must be a phone number like 070 123 4567').optional(),
    url: z.url({ error: 'must be a full web address starting with https://' }).regex(/^https:\/\//, 'must start with https://'),
    // true while the campaign has not named a real contact: the page then says so plainly.
    placeholder: z.boolean({ error: 'must be true or false' }).optional(),
  })
  .strict();

export const contactsSchema = z.record(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a contact id may only use a-z, 0-9 and -'), contactSchema);

export type Contact = z.infer<typeof contactSchema> & { id: string };
