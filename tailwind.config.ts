import type { Config } from 'tailwindcss';
import plugin from 'tailwindcss/plugin';
import typography from '@tailwindcss/typography';

// Design tokens. Colours come in a light and a dark set; both are written out as CSS variables
// below, so every utility (bg-paper, text-accent, …) follows the visitor's colour scheme.
// All text pairs meet WCAG 2.2 AA contrast (4.5:1), checked by the axe scan of every page.
export const colors = {
  light: {
    night: '#14213d', // the deep background the receipt lies on
    paper: '#fffdf7', // receipt paper
    ink: '#1a1a1a', // text on paper
    muted: '#52525b', // secondary text on paper
    rule: '#c9c2b2', // dotted receipt rules
    accent: '#b3261e', // the total, one strong colour
    link: '#1d4ed8',
    onNight: '#f5f3ee', // text on the deep background
    focus: '#ffbf47', // focus ring, visible on paper and night
  },
  dark: {
    night: '#0b1020',
    paper: '#1c1f27',
    ink: '#f1efe8',
    muted: '#b4b4bd',
    rule: '#4a4d57',
    accent: '#ff8a80',
    link: '#9ec1ff',
    onNight: '#f5f3ee',
    focus: '#ffbf47',
  },
} as const;

type Palette = Record<keyof typeof colors.light, string>;
const cssVars = (palette: Palette) => Object.fromEntries(Object.entries(palette).map(([name, value]) => [`--c-${name}`, value]));

export default {
  content: ['./app/**/*.{ts,tsx}', './components/**/*.{ts,tsx}', './content/**/*.mdx'],
  theme: {
    extend: {
      colors: Object.fromEntries(Object.keys(colors.light).map((name) => [name, `var(--c-${name})`])),
      fontFamily: {
        sans: ['var(--font-sans)', 'system-ui', 'sans-serif'],
        mono: ['var(--font-mono)', 'ui-monospace', 'monospace'],
      },
      fontSize: {
        // Mobile-first type scale; body is 18px for comfortable reading on phones.
        body: ['1.125rem', { lineHeight: '1.65' }],
        lead: ['1.25rem', { lineHeight: '1.6' }],
        stat: ['clamp(2.5rem, 8vw, 4rem)', { lineHeight: '1' }],
      },
      spacing: {
        tap: '2.75rem', // 44px: comfortable tap targets, above WCAG 2.2's 24px minimum
        measure: '40rem',
      },
      maxWidth: { measure: '40rem', page: '72rem' },
    },
  },
  plugins: [
    typography,
    plugin(({ addBase }) => {
      addBase({
        ':root': { ...cssVars(colors.light), colorScheme: 'light dark' },
        '@media (prefers-color-scheme: dark)': { ':root': cssVars(colors.dark) },
      });
    }),
  ],
} satisfies Config;
