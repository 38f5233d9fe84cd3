import { z } from 'zod';
import { bilingual } from './common';

// One press office in content/press/contacts.yaml; a release names it by its key (contact: id).
// Only what a public page of the office itself shows: its name, its page and the words of the link
// (which say what the page is), and e-mail or phone only when that page lists them.
export const contactSchema = z
  .object({
    name: bilingual({ nl: 'een naam', en: 'a name' }).describe('the name of the press office'),
    role: bilingual({ nl: 'een rol', en: 'a role' }).describe('what the office does, in a few words'),
    organisation: bilingual({ nl: 'een organisatie', en: 'an organisation' }).describe('the organisation the office belongs to'),
    email: z.email({ error: 'must be an e-mail address like pers@example.nl' }).optional().describe('the e-mail address, only when the office\'s own page lists it'),
    phone: z.string().regex(/^\+?[0-9 -]{6,16}$/, 'must be a phone number like 070 123 4567').optional().describe('the phone number, only when the office\'s own page lists it'),
    url: z.url({ error: 'must be a full web address starting with https://' }).regex(/^https:\/\//, 'must start with https://').describe('the web address of the office\'s own page, starting with https://'),
    linkText: bilingual({ nl: 'de woorden van de link, die de pagina noemen die hij opent', en: 'the words of the link, naming the page it opens' }).describe('the words of the link, naming the page it opens'),
  })
  .strict();

export const contactsSchema = z.record(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a contact id may only use a-z, 0-9 and -'), contactSchema);

export type Contact = z.infer<typeof contactSchema> & { id: string };
