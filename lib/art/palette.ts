import { colors } from '@/tailwind.config';

// The artwork uses the light palette of the site: the same night, paper, ink and accent.
export const palette = colors.light;
