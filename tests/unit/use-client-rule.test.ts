// @vitest-environment node
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The source half of the guard that keeps React's runtime off the site: ESLint refuses 'use client'
// everywhere except in the one dev-only component. The output half is lib/build/runtime.ts.
const eslint = new ESLint();
const component = "'use client';\n\nexport function Widget() {\n  return null;\n}\n";

async function messages(filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(component, { filePath });
  return result.messages.map((message) => message.message);
}

describe("ESLint's rule against 'use client'", () => {
  it('refuses it in a component, with the way out', async () => {
    expect(await messages('components/widgets/Widget.tsx')).toEqual([expect.stringMatching(/ships no React runtime.*lib\/enhance/)]);
    expect(await messages('app/[locale]/Page.tsx')).toHaveLength(1);
  });

  it('allows it in the dev-only DevEnhance component', async () => {
    expect(await messages('components/client/DevEnhance.tsx')).toEqual([]);
  });
});
