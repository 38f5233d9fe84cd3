import localFont from 'next/font/local';

// Self-hosted from @fontsource packages: nothing is fetched from another origin.
// Atkinson Hyperlegible was designed for low-vision readers; Plex Mono gives the receipt its till print.
export const sans = localFont({
  variable: '--font-sans',
  display: 'swap',
  src: [
    {
      path: '../node_modules/@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-400-normal.woff2',
      weight: '400',
      style: 'normal',
    },
    {
      path: '../node_modules/@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-700-normal.woff2',
      weight: '700',
      style: 'normal',
    },
  ],
});

export const mono = localFont({
  variable: '--font-mono',
  display: 'swap',
  preload: false,
  src: [
    { path: '../node_modules/@fontsource/ibm-plex-mono/files/ibm-plex-mono-latin-400-normal.woff2', weight: '400', style: 'normal' },
    { path: '../node_modules/@fontsource/ibm-plex-mono/files/ibm-plex-mono-latin-600-normal.woff2', weight: '600', style: 'normal' },
  ],
});
