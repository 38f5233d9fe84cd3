import { colors } from '@/tailwind.config';

// The artwork uses the light palette of the site: the same night, paper, ink and accent.
export const palette = colors.light;

// On the night background the light accent is too dark; the dark scheme's accent is made for it.
export const accentOnNight = colors.dark.accent;
