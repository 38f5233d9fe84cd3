import type { ComponentType } from 'react';
import type { ComponentName } from '@/lib/content/schemas/components';
import type { StoryContext } from '@/components/story/context';
import { FactSheet } from './FactSheet';
import { PressReleases } from './PressReleases';
import { SiteIndex } from './SiteIndex';
import { StoryList } from './StoryList';

// TODO(lead): Quiz and InteractiveBill are being built; until then they render nothing.
const pending = () => null;

// Page-level widgets (one per page, no props from MDX): each receives the page's story context.
export const widgets: Partial<Record<ComponentName, ComponentType<{ ctx: StoryContext }>>> = {
  SiteIndex,
  StoryList,
  FactSheet,
  PressReleases,
  Quiz: pending,
  InteractiveBill: pending,
};
