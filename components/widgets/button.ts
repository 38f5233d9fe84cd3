// The filled pill of a widget's main action (check an answer, search): dark on paper, outlined in dark mode.
export const primaryButton =
  'inline-flex min-h-tap items-center rounded-full border-2 border-night bg-night px-5 font-bold text-onNight dark:border-muted';
