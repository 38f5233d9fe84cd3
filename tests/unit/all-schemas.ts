import type { z } from 'zod';
import { componentProps } from '@/lib/content/schemas/components';
import { contactsSchema } from '@/lib/content/schemas/contact';
import { correctionSchema } from '@/lib/content/schemas/correction';
import { factSchema } from '@/lib/content/schemas/fact';
import { helpSchema } from '@/lib/content/schemas/help';
import { pageSchema, storySchema } from '@/lib/content/schemas/page';
import { pressSchema } from '@/lib/content/schemas/press';
import { quizQuestionSchema } from '@/lib/content/schemas/quiz';
import { redirectsSchema } from '@/lib/content/schemas/redirect';
import { scenarioSchema } from '@/lib/content/schemas/scenario';

/** Every schema an editor's file is checked against, by name: the tests that walk all of them share it. */
export const allSchemas: Record<string, z.ZodType> = {
  page: pageSchema,
  story: storySchema,
  press: pressSchema,
  fact: factSchema,
  help: helpSchema,
  contacts: contactsSchema,
  correction: correctionSchema,
  quiz: quizQuestionSchema,
  scenario: scenarioSchema,
  redirects: redirectsSchema,
  ...Object.fromEntries(Object.entries(componentProps).map(([name, schema]) => [`<${name}>`, schema])),
};
