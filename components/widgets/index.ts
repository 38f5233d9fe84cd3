import type { ComponentType } from 'react';
import type { ComponentName } from '@/lib/content/schemas/components';
import type { StoryContext } from '@/components/story/context';
import { Corrections } from './Corrections';
import { FactSheet } from './FactSheet';
import { InteractiveBill } from './InteractiveBill';
import { PartnerKit } from './PartnerKit';
import { PressReleases } from './PressReleases';
import { Quiz } from './Quiz';
import { Search } from './Search';
import { SiteIndex } from './SiteIndex';
import { StoryList } from './StoryList';

// Page-level widgets (one per page, no props from MDX): each receives the page's story context.
export const widgets = {
  SiteIndex,
  StoryList,
  FactSheet,
  PressReleases,
  Corrections,
  Quiz,
  InteractiveBill,
  Search,
  PartnerKit,
} satisfies Partial<Record<ComponentName, ComponentType<{ ctx: StoryContext }>>>;
