import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      '.next/**',
      '.next-e2e/**',
      '.next-bench/**',
      '.e2e/**',
      '.contentlayer/**',
      'node_modules/**',
      'data/**',
      'test-results/**',
      'playwright-report/**',
      '.audit/**',
      '.bench/**',
      'next-env.d.ts',
    ],
  },
];

export default config;
