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
  { ignores: ['.next/**', 'out/**', '.contentlayer/**', 'node_modules/**', 'next-env.d.ts', 'tests/fixtures/**', 'test-results/**', '.bench/**', 'bench/**', 'out.staging/**'] },
];

export default config;
