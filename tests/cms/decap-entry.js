export { markdownToSlate, slateToMarkdown } from 'decap-cms-widget-markdown/src/serializers/index.js';
export { setEditorComponents } from './decap-stub.js';
export { FrontmatterFormatter } from 'decap-cms-core/src/formats/frontmatter.ts';
export { default as yamlFormatter } from 'decap-cms-core/src/formats/yaml.ts';
