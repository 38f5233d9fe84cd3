import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

export default [
  ...nextVitals,
  ...nextTs,
  { ignores: ['.next/**', 'out/**', '.contentlayer/**', 'node_modules/**', 'next-env.d.ts', 'tests/fixtures/**', 'test-results/**', 'bench/**'] },
];
