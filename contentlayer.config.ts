import { defineDocumentType, makeSource, type FieldDefs } from 'contentlayer2/source-files';
import { factIdsIn } from './lib/content/mdx-tree';
import { pageUrl } from './lib/content/paths';
import { contentlayerFields } from './lib/content/schemas/contentlayer';
import { correctionSchema } from './lib/content/schemas/correction';
import { factSchema } from './lib/content/schemas/fact';
import { helpSchema } from './lib/content/schemas/help';
import { pageSchema, storySchema } from './lib/content/schemas/page';
import { pressSchema } from './lib/content/schemas/press';
import { quizQuestionSchema } from './lib/content/schemas/quiz';
import { scenarioSchema } from './lib/content/schemas/scenario';

// Contentlayer reads the files; its fields are derived from the zod schemas in lib/content/schemas
// (one definition per field), which check every value (contentlayer does not check enums) while
// `npm run content:check` explains every mistake.
const fieldsOf = (schema: Parameters<typeof contentlayerFields>[0]) => contentlayerFields(schema) as FieldDefs;

const computedFields = {
  url: { type: 'string' as const, resolve: (doc: { locale: string; slug: string }) => pageUrl(doc.locale, doc.slug) },
  factIds: { type: 'list' as const, of: { type: 'string' as const }, resolve: (doc: { body: { raw: string } }) => factIdsIn(doc.body.raw) },
};

export const Page = defineDocumentType(() => ({
  name: 'Page',
  filePathPattern: 'pages/**/*.mdx',
  contentType: 'mdx',
  fields: fieldsOf(pageSchema),
  computedFields,
}));

export const Story = defineDocumentType(() => ({
  name: 'Story',
  filePathPattern: 'stories/**/*.mdx',
  contentType: 'mdx',
  fields: fieldsOf(storySchema),
  computedFields,
}));

export const PressRelease = defineDocumentType(() => ({
  name: 'PressRelease',
  filePathPattern: 'press/**/*.mdx',
  contentType: 'mdx',
  fields: fieldsOf(pressSchema),
  computedFields,
}));

// Facts and help resources are data: one YAML file each; the file name is the id.
export const Fact = defineDocumentType(() => ({
  name: 'Fact',
  filePathPattern: 'facts/*.yaml',
  contentType: 'data',
  fields: fieldsOf(factSchema),
  computedFields: { id: { type: 'string', resolve: (doc) => doc._raw.sourceFileName.replace(/\.yaml$/, '') } },
}));

export const HelpResource = defineDocumentType(() => ({
  name: 'HelpResource',
  filePathPattern: 'help/*.yaml',
  contentType: 'data',
  fields: fieldsOf(helpSchema),
  computedFields: { id: { type: 'string', resolve: (doc) => doc._raw.sourceFileName.replace(/\.yaml$/, '') } },
}));

// The interactive bill's scenarios and the quiz questions are data too (issue 6); zod checks them
// in lib/content/scenarios.ts and lib/content/quiz.ts, and the content check explains mistakes.
export const Scenario = defineDocumentType(() => ({
  name: 'Scenario',
  filePathPattern: 'scenarios/*.yaml',
  contentType: 'data',
  fields: fieldsOf(scenarioSchema),
  computedFields: { id: { type: 'string', resolve: (doc) => doc._raw.sourceFileName.replace(/\.yaml$/, '') } },
}));

export const QuizQuestion = defineDocumentType(() => ({
  name: 'QuizQuestion',
  filePathPattern: 'quiz/*.yaml',
  contentType: 'data',
  fields: fieldsOf(quizQuestionSchema),
  computedFields: { id: { type: 'string', resolve: (doc) => doc._raw.sourceFileName.replace(/\.yaml$/, '') } },
}));

// The corrections log (issue 11): one dated entry per file; lib/content/corrections.ts checks it with zod.
export const Correction = defineDocumentType(() => ({
  name: 'Correction',
  filePathPattern: 'corrections/*.yaml',
  contentType: 'data',
  fields: fieldsOf(correctionSchema),
  computedFields: { id: { type: 'string', resolve: (doc) => doc._raw.sourceFileName.replace(/\.yaml$/, '') } },
}));

export default makeSource({
  contentDirPath: 'content',
  // contacts.yaml and redirects.yaml are single registries, read and checked by lib/content itself.
  contentDirExclude: ['README.md', 'README.en.md', 'examples', 'press/contacts.yaml', 'redirects.yaml'],
  documentTypes: [Page, Story, PressRelease, Fact, HelpResource, Scenario, QuizQuestion, Correction],
  // Fail instead of silently skipping a document with a missing, wrong or unknown field.
  onMissingOrIncompatibleData: 'fail',
  onExtraFieldData: 'fail',
  onUnknownDocuments: 'fail',
});
