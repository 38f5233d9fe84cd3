import type { ReactNode } from 'react';

// One small line drawing per campaign theme, in the receipt look: each subject stands on a dashed
// rule or is printed on a torn strip. Strokes take the text colour (currentColor), so one drawing
// serves light and dark mode, the website and satori alike; only `accent` may pick another colour.

export const themes = ['health', 'environment', 'society', 'youth', 'online', 'communities'] as const;
export type Theme = (typeof themes)[number];

/** The theme of a page whose translationKey names one (the theme pages); other pages have none. */
export const themeOf = (translationKey: string): Theme | undefined => themes.find((theme) => theme === translationKey);

// Two more drawings for the partner kit's cards, whose facts include help lines and the campaign
// itself. No page takes them as its theme: themeOf looks only at the six themes.
export const kitOnlyDrawings = ['help', 'campaign'] as const;
export type Drawing = Theme | (typeof kitOnlyDrawings)[number];

// The receipt's dashed rule, as the ground everything stands on.
const ground = <line x1="8" y1="86" x2="88" y2="86" strokeDasharray="3 7" />;

const drawings: Record<Drawing, (accent: string) => ReactNode> = {
  // A heart and its pulse, printed on a strip of till roll with a torn edge.
  health: (accent) => (
    <>
      <path d="M24 8h48v70l-4 4-4-4-4 4-4-4-4 4-4-4-4 4-4-4-4 4-4-4-4 4-4-4Z" />
      <path d="m48 46-12.5-12.5a7 7 0 0 1 12.5-9.5 7 7 0 0 1 12.5 9.5Z" stroke={accent} />
      <path d="M30 58h9l4-8 5 14 4-6h14" />
      <line x1="31" y1="70" x2="65" y2="70" strokeDasharray="3 7" />
    </>
  ),
  // A barrel of waste that leaks beside a young plant.
  environment: (accent) => (
    <>
      <path d="M16 34h26c3.5 18 3.5 34 0 52H16c-3.5-18-3.5-34 0-52Z" />
      <path d="M14 50h30M14 70h30" />
      <path d="M45 60h5v3" />
      <path d="M50 68c2.5 3.5 4 6 4 7.5a4 4 0 0 1-8 0c0-1.5 1.5-4 4-7.5Z" stroke={accent} />
      <path d="M74 86V46m0 12c-9 0-14-6-14-15 9 0 14 6 14 15Zm0-8c0-10 5-16 14-16 0 10-5 16-14 16Z" />
      {ground}
    </>
  ),
  // A street of houses, and the price tag of what happens in it.
  society: (accent) => (
    <>
      <path d="M10 86V54l13-12 13 12v32M36 86V40l14-14 14 14v46M64 86V58l11-11 11 11v28" />
      <rect x="18" y="60" width="10" height="10" />
      <rect x="44" y="68" width="12" height="18" />
      <rect x="45" y="46" width="10" height="10" />
      <rect x="70" y="64" width="10" height="10" />
      <path d="M64 14h8.5l10 10-8.5 8.5-10-10Z" stroke={accent} />
      <circle cx="69" cy="19" r="1" stroke={accent} />
      {ground}
    </>
  ),
  // A school backpack and a chat message popping up beside it.
  youth: (accent) => (
    <>
      <rect x="22" y="34" width="42" height="52" rx="12" />
      <path d="M35 34v-4a8 8 0 0 1 16 0v4M30 62h26v14H30ZM22 50h-4v26h4m42-26h4v26h-4" />
      <path d="M62 8h24a4 4 0 0 1 4 4v14a4 4 0 0 1-4 4H72l-6 6v-6h-4a4 4 0 0 1-4-4V12a4 4 0 0 1 4-4Z" stroke={accent} />
      <circle cx="66" cy="19" r="1" stroke={accent} fill={accent} />
      <circle cx="74" cy="19" r="1" stroke={accent} fill={accent} />
      <circle cx="82" cy="19" r="1" stroke={accent} fill={accent} />
      {ground}
    </>
  ),
  // A phone with a shopping bag on its screen, and the parcel it ordered.
  online: (accent) => (
    <>
      <rect x="14" y="10" width="36" height="66" rx="6" />
      <path d="M28 18h8" />
      <path d="M23 40h18l-2 20H25Zm5 0v-3a4 4 0 0 1 8 0v3" stroke={accent} />
      <path d="M56 58h28v28H56Zm14 0v10" />
      {ground}
    </>
  ),
  // Neighbours hand in hand under one roof.
  communities: (accent) => (
    <>
      <path d="M10 46 48 16l38 30M70 33V22h7v17" />
      <circle cx="22" cy="58" r="5" />
      <circle cx="48" cy="54" r="5" />
      <circle cx="74" cy="58" r="5" />
      <path d="M15 86V75a7 7 0 0 1 14 0v11M41 86V71a7 7 0 0 1 14 0v15M67 86V75a7 7 0 0 1 14 0v11" />
      <path d="m29 76 6 4 6-4m14 0 6 4 6-4" stroke={accent} />
      {ground}
    </>
  ),
  // A lifebuoy standing ready.
  help: (accent) => (
    <>
      <circle cx="48" cy="54" r="30" />
      <circle cx="48" cy="54" r="13" />
      <path
        d="M59.1 60.7 72.3 71.6A30 30 0 0 1 65.6 78.3L54.7 65.1A13 13 0 0 0 59.1 60.7ZM41.3 65.1 30.4 78.3A30 30 0 0 1 23.7 71.6L36.9 60.7A13 13 0 0 0 41.3 65.1ZM36.9 47.3 23.7 36.4A30 30 0 0 1 30.4 29.7L41.3 42.9A13 13 0 0 0 36.9 47.3ZM54.7 42.9 65.6 29.7A30 30 0 0 1 72.3 36.4L59.1 47.3A13 13 0 0 0 54.7 42.9Z"
        stroke={accent}
      />
      <path d="M48 24v-8" />
      {ground}
    </>
  ),
  // The bill itself: a till receipt, and a magnifying glass that reads what is not on it.
  campaign: (accent) => (
    <>
      <path d="M10 8h40v70l-4 4-4-4-4 4-4-4-4 4-4-4-4 4-4-4-4 4-4-4Z" />
      <path d="M18 20h24M18 30h16M18 40h24" />
      <line x1="18" y1="56" x2="42" y2="56" strokeDasharray="3 7" />
      <circle cx="66" cy="48" r="14" stroke={accent} />
      <path d="m76 58 12 12" stroke={accent} />
    </>
  ),
};

type Props = { theme: Drawing; size?: number; accent?: string; className?: string };

/** A theme's drawing. Decorative: it repeats what the text beside it says, so screen readers skip it. */
export function ThemeArt({ theme, size = 96, accent = 'currentColor', className }: Props) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 96 96"
      fill="none"
      stroke="currentColor"
      strokeWidth={3}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      className={className}
    >
      {drawings[theme](accent)}
    </svg>
  );
}
