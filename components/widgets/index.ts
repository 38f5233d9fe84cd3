import type { ComponentType } from 'react';
import type { ComponentName } from '@/lib/content/schemas/components';
import type { StoryContext } from '@/components/story/context';

// Page-level widgets (one per page, no props from MDX): each receives the page's story context.
export const widgets: Partial<Record<ComponentName, ComponentType<{ ctx: StoryContext }>>> = {};
