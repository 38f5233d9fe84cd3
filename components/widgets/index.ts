import type { ComponentType } from 'react';
import type { ComponentName } from '@/lib/content/schemas/components';
import type { StoryContext } from '@/components/story/context';
import { InteractiveBill } from './InteractiveBill';
import { Quiz } from './Quiz';
import { Search } from './Search';
import { SiteIndex } from './SiteIndex';
import { StoryList } from './StoryList';

// TODO(lead): FactSheet and PressReleases are being built; until then they render nothing.
const pending = () => null;

// Page-level widgets (one per page, no props from MDX): each receives the page's story context.
export const widgets: Partial<Record<ComponentName, ComponentType<{ ctx: StoryContext }>>> = {
  SiteIndex,
  StoryList,
  FactSheet: pending,
  PressReleases: pending,
  Quiz,
  InteractiveBill,
  Search,
};
