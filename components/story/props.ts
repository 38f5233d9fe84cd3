import type { ReactNode } from 'react';
import type { z } from 'zod';
import type { ComponentName, componentProps } from '@/lib/content/schemas/components';

type Schema<N extends ComponentName> = (typeof componentProps)[N];

/**
 * The props an editor writes for a story component, derived from its zod schema
 * (lib/content/schemas/components.ts), so the schema is the one definition. A component whose
 * schema has `children` gets them as React content.
 */
export type PropsOf<N extends ComponentName> = Omit<z.input<Schema<N>>, 'children'> &
  ('children' extends keyof Schema<N>['shape'] ? { children?: ReactNode } : unknown);
