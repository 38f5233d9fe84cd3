import { readFileSync } from 'node:fs';
import path from 'node:path';
import { evaluate } from '@mdx-js/mdx';
import { render } from '@testing-library/react';
import * as runtime from 'react/jsx-runtime';
import { storyComponents } from '@/components/story/registry';
import { factIdsIn } from '@/lib/content/mdx-tree';
import { translator } from '@/lib/i18n/translator';

/** Renders one of the editors' examples (content/examples/<name>.mdx) the way a page renders it. */
export async function renderExample(name: string) {
  const source = readFileSync(path.resolve('content/examples', `${name}.mdx`), 'utf8');
  const { default: Content } = await evaluate(source, { ...runtime, baseUrl: import.meta.url });
  const ctx = { locale: 'nl' as const, factIds: factIdsIn(source), t: translator('nl') };
  return render(<Content components={storyComponents(ctx)} />);
}
