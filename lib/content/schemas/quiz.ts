import { z } from 'zod';
import { bilingual, factId } from './common';

// One quiz question: content/quiz/<id>.yaml, the file name is the id. Options are words, not
// figures: the explanation shows the fact (with its figure) and the fact's source.
const optionId = z.string({ error: 'needs an option id, like a' }).regex(/^[a-z0-9-]+$/, 'may only use a-z, 0-9 and -');

export const quizOptionSchema = z.object({ id: optionId.describe('a short id for the answer, like a'), text: bilingual({ nl: 'een antwoord', en: 'an answer' }) }).strict();

export const quizQuestionSchema = z
  .object({
    order: z.number({ error: 'must be a whole number: the place in the quiz (1 comes first)' }).int('must be a whole number').min(1, 'must be 1 or more').describe('the place of the question in the quiz (1 comes first)'),
    question: bilingual({ nl: 'een vraag', en: 'a question' }).describe('the question'),
    options: z.array(quizOptionSchema, { error: 'needs a list of options' }).min(2, 'needs at least 2 options').max(4, 'may have at most 4 options').describe('the answers to choose from (2 to 4)'),
    correct: optionId.describe('the id of the right option'),
    explanation: bilingual({ nl: 'een uitleg', en: 'an explanation' }).describe('why the right answer is right, shown after answering'),
    fact: factId.describe('the id of the fact that backs the answer'),
  })
  .strict()
  .refine((question) => question.options.some((option) => option.id === question.correct), { message: 'must be the id of one of the options', path: ['correct'] })
  .refine((question) => new Set(question.options.map((option) => option.id)).size === question.options.length, { message: 'every option needs its own id', path: ['options'] });

export type QuizQuestion = z.infer<typeof quizQuestionSchema> & { id: string };
