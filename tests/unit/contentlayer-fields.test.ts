// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { contentlayerFields } from '@/lib/content/schemas/contentlayer';
import { factSchema } from '@/lib/content/schemas/fact';
import { helpSchema } from '@/lib/content/schemas/help';
import { pageSchema } from '@/lib/content/schemas/page';
import { pressSchema } from '@/lib/content/schemas/press';

// Contentlayer's fields come from the zod schemas (contentlayer.config.ts): one definition per field.
const kinds = (fields: Record<string, { description?: string }>) =>
  Object.fromEntries(Object.entries(fields).map(([name, field]) => [name, { ...field, description: undefined }]));

describe('Contentlayer fields from the zod schemas', () => {
  it('gives a page its kinds, required unless optional', () => {
    expect(kinds(contentlayerFields(pageSchema))).toEqual({
      title: { type: 'string', required: true },
      description: { type: 'string', required: true },
      locale: { type: 'enum', options: ['nl', 'en'], required: true },
      slug: { type: 'string', required: true },
      translationKey: { type: 'string', required: true },
      reviewBy: { type: 'date', required: true },
      publishedAt: { type: 'date', required: false },
      draft: { type: 'boolean', required: false },
    });
  });
  it('keeps blocks, unions and lists of objects as JSON, a nullable field optional, a list of words a list', () => {
    const fact = contentlayerFields(factSchema);
    expect(fact.figure).toMatchObject({ type: 'json', required: false });
    expect(fact.source).toMatchObject({ type: 'json', required: true });
    expect(contentlayerFields(pressSchema).contact).toMatchObject({ type: 'json', required: true });
    expect(contentlayerFields(pressSchema).date).toMatchObject({ type: 'string', required: true });
    expect(contentlayerFields(helpSchema).topics).toMatchObject({ type: 'list', of: { type: 'string' }, required: true });
  });
  it("passes the editors' description on", () => {
    expect(contentlayerFields(pageSchema).reviewBy.description).toMatch(/YYYY-MM-DD/);
  });
});
