import { defineDocumentType, makeSource, type FieldDefs } from 'contentlayer2/source-files';
import { factIdsIn } from './lib/content/mdx-tree';
import { pageUrl } from './lib/content/paths';

// Contentlayer reads the files; the zod schemas in lib/content/schemas check every value
// (contentlayer does not check enums) and `npm run content:check` explains every mistake.
const pageFields: FieldDefs = {
  title: { type: 'string', required: true },
  description: { type: 'string', required: true },
  locale: { type: 'enum', options: ['nl', 'en'], required: true },
  slug: { type: 'string', required: true },
  translationKey: { type: 'string', required: true },
  reviewBy: { type: 'date', required: true },
  publishedAt: { type: 'date', required: false },
  draft: { type: 'boolean', required: false },
};

const computedFields = {
  url: { type: 'string' as const, resolve: (doc: { locale: string; slug: string }) => pageUrl(doc.locale, doc.slug) },
  factIds: { type: 'list' as const, of: { type: 'string' as const }, resolve: (doc: { body: { raw: string } }) => factIdsIn(doc.body.raw) },
};

export const Page = defineDocumentType(() => ({
  name: 'Page',
  filePathPattern: 'pages/**/*.mdx',
  contentType: 'mdx',
  fields: pageFields,
  computedFields,
}));

export const Story = defineDocumentType(() => ({
  name: 'Story',
  filePathPattern: 'stories/**/*.mdx',
  contentType: 'mdx',
  fields: {
    ...pageFields,
    summary: { type: 'string', required: true },
    image: { type: 'string', required: false },
  },
  computedFields,
}));

export const PressRelease = defineDocumentType(() => ({
  name: 'PressRelease',
  filePathPattern: 'press/**/*.mdx',
  contentType: 'mdx',
  fields: {
    title: { type: 'string', required: true },
    summary: { type: 'string', required: true },
    description: { type: 'string', required: false },
    locale: { type: 'enum', options: ['nl', 'en'], required: true },
    slug: { type: 'string', required: true },
    translationKey: { type: 'string', required: true },
    kind: { type: 'enum', options: ['announcement', 'site-news'], required: true },
    original: { type: 'string', required: false },
    date: { type: 'string', required: true },
    embargo: { type: 'string', required: false },
    // One contact id, or a list of them (a release of both ministries names both press offices).
    contact: { type: 'json', required: true },
    reviewBy: { type: 'date', required: false },
    draft: { type: 'boolean', required: false },
  },
  computedFields,
}));

// Facts and help resources are data: one YAML file each; the file name is the id.
export const Fact = defineDocumentType(() => ({
  name: 'Fact',
  filePathPattern: 'facts/*.yaml',
  contentType: 'data',
  fields: {
    topic: { type: 'string', required: true },
    figure: { type: 'json', required: false },
    label: { type: 'json', required: false },
    text: { type: 'json', required: true },
    period: { type: 'json', required: true },
    caveat: { type: 'json', required: false },
    source: { type: 'json', required: true },
    confidence: { type: 'string', required: true },
    lastChecked: { type: 'date', required: true },
    sourceKind: { type: 'string', required: true },
    evidence: { type: 'json', required: true },
  },
  computedFields: { id: { type: 'string', resolve: (doc) => doc._raw.sourceFileName.replace(/\.yaml$/, '') } },
}));

export const HelpResource = defineDocumentType(() => ({
  name: 'HelpResource',
  filePathPattern: 'help/*.yaml',
  contentType: 'data',
  fields: {
    name: { type: 'json', required: true },
    offer: { type: 'json', required: true },
    url: { type: 'string', required: true },
    phone: { type: 'string', required: false },
    phoneNonUrgent: { type: 'string', required: false },
    fact: { type: 'string', required: true },
    topics: { type: 'list', of: { type: 'string' }, required: true },
  },
  computedFields: { id: { type: 'string', resolve: (doc) => doc._raw.sourceFileName.replace(/\.yaml$/, '') } },
}));

// The interactive bill's scenarios and the quiz questions are data too (issue 6); zod checks them
// in lib/content/scenarios.ts and lib/content/quiz.ts, and the content check explains mistakes.
export const Scenario = defineDocumentType(() => ({
  name: 'Scenario',
  filePathPattern: 'scenarios/*.yaml',
  contentType: 'data',
  fields: {
    order: { type: 'number', required: true },
    default: { type: 'boolean', required: false },
    name: { type: 'json', required: true },
    intro: { type: 'json', required: false },
    total: { type: 'json', required: true },
    lines: { type: 'json', required: true },
  },
  computedFields: { id: { type: 'string', resolve: (doc) => doc._raw.sourceFileName.replace(/\.yaml$/, '') } },
}));

export const QuizQuestion = defineDocumentType(() => ({
  name: 'QuizQuestion',
  filePathPattern: 'quiz/*.yaml',
  contentType: 'data',
  fields: {
    order: { type: 'number', required: true },
    question: { type: 'json', required: true },
    options: { type: 'json', required: true },
    correct: { type: 'string', required: true },
    explanation: { type: 'json', required: true },
    fact: { type: 'string', required: true },
  },
  computedFields: { id: { type: 'string', resolve: (doc) => doc._raw.sourceFileName.replace(/\.yaml$/, '') } },
}));

// The corrections log (issue 11): one dated entry per file; lib/content/corrections.ts checks it with zod.
export const Correction = defineDocumentType(() => ({
  name: 'Correction',
  filePathPattern: 'corrections/*.yaml',
  contentType: 'data',
  fields: {
    date: { type: 'date', required: true },
    title: { type: 'json', required: true },
    concerns: { type: 'json', required: true },
    wrong: { type: 'json', required: true },
    now: { type: 'json', required: true },
    why: { type: 'json', required: true },
  },
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
