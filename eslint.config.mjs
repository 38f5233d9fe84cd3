import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // Deliberate: plain links load the next static page in full. No client router, no prefetching of
      // page payloads over mobile data, and every link works without JavaScript.
      '@next/next/no-html-link-for-pages': 'off',
    },
  },
  {
    // No page ships React's runtime, so a client component would render once on the server and then
    // never work in the browser. Refuse it where it is written; lib/build/runtime.ts checks the output.
    files: ['**/*.{js,jsx,ts,tsx,mjs}'],
    ignores: ['components/client/DevEnhance.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "Program > ExpressionStatement[directive='use client']",
          message:
            "The site ships no React runtime, so a 'use client' component would never run in the browser. Render it on the server and put its behaviour in lib/enhance (see lib/enhance/index.ts). Only components/client/DevEnhance.tsx may use it.",
        },
      ],
    },
  },
  {
    ignores: [
      '.next/**',
      'out/**',
      '.contentlayer/**',
      'node_modules/**',
      'next-env.d.ts',
      'tests/fixtures/**',
      'test-results/**',
      '.bench/**',
      'bench/**',
      'out.staging/**',
    ],
  },
];

export default config;
