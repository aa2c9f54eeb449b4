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
  {
    // Internal links prefetch on intent, not on sight: see components/Link.tsx.
    files: ['app/**', 'components/**'],
    ignores: ['components/Link.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'next/link',
              message:
                "Use { Link } from '@/components/Link' (prefetches on intent, not on sight).",
            },
          ],
        },
      ],
    },
  },
];

export default config;
