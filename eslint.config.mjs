import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

// The mail provider sits behind one boundary: only lib/resend/ talks to the Resend SDK.
const resendOnlyInLibResend = {
  name: 'resend',
  message:
    'Use lib/resend (sendEmail, addContact, createBroadcast, …): the one boundary to Resend.',
};

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
    rules: {
      // No import cycles: a module's dependencies read in one direction.
      'import/no-cycle': ['error', { ignoreExternal: true }],
      // The layers. lib/ sits below the React components and the routes (e-mail templates live in
      // lib/emails/, where both reach them); the command-line tools stand on lib/, never on the tests.
      'import/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './lib',
              from: './components',
              message: 'lib/ never imports components/: move what both need into lib/.',
            },
            {
              target: './lib',
              from: './app',
              message: 'lib/ never imports app/: routes use lib/, not the other way round.',
            },
            {
              target: './scripts',
              from: './tests',
              message: 'scripts/ never imports tests/: move what both need into scripts/lib/.',
            },
          ],
        },
      ],
      'no-restricted-imports': ['error', { paths: [resendOnlyInLibResend] }],
    },
  },
  {
    files: ['lib/resend/**'],
    rules: { 'no-restricted-imports': 'off' },
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
            resendOnlyInLibResend,
          ],
        },
      ],
    },
  },
];

export default config;
