import { describe, expect, it } from 'vitest';
import { componentNames } from '@/lib/content/schemas/components';
import { registry, storyComponents } from '@/components/story/registry';
import type { PropsOf } from '@/components/story/props';
import type { StoryContext } from '@/components/story/context';

// The registry and the props schemas name the same components; tsc checks the type-level half
// (npm run typecheck covers this file), vitest the run-time half.
const all = storyComponents({ locale: 'nl', factIds: [], t: (key: string) => key } as unknown as StoryContext);

describe('the story component registry', () => {
  it('has a component for every name in the schemas, and no other', () => {
    expect(Object.keys(all).sort()).toEqual([...componentNames].sort());
  });

  it('is a type error to miss a component, add an unknown one or pass a prop the schema does not have', () => {
    const { Fact: _fact, ...missing } = all;
    void _fact;
    // @ts-expect-error Fact is in the schemas but not in this registry
    expect(() => registry(missing)).not.toThrow();
    // @ts-expect-error Facts is not a component the schemas know
    expect(() => registry({ ...all, Facts: all.Fact })).not.toThrow();
    // @ts-expect-error <Fact> has no prop colour
    const bad: PropsOf<'Fact'> = { id: 'x', colour: 'red' };
    const good: PropsOf<'BillLine'> = { fact: 'x', part: 'health', href: '/nl/', children: 'words' };
    expect([bad, good]).toHaveLength(2);
  });
});
