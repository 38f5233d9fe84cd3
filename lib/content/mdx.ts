import { getMDXComponent } from 'next-contentlayer2/hooks';

// Compiled MDX becomes a component once per document, not on every render.
const cache = new Map<string, ReturnType<typeof getMDXComponent>>();

export function mdxContent(code: string) {
  let Content = cache.get(code);
  if (!Content) {
    Content = getMDXComponent(code);
    cache.set(code, Content);
  }
  return Content;
}
