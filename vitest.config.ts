import path from 'node:path';
import { defineConfig } from 'vitest/config';

const root = import.meta.dirname;

export default defineConfig({
  resolve: {
    alias: {
      '@': root,
      // The fixture content (tests/fixtures/content), built by the global setup: the tests never
      // depend on the therapist's posts, pages or settings.
      'contentlayer/generated': path.join(root, '.e2e/unit-content/.contentlayer/generated'),
      // Next.js enforces `server-only` at bundle time; in unit tests the modules run on Node as they are.
      'server-only': path.join(root, 'tests/support/empty-module.ts'),
    },
  },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    // One throw-away PostgreSQL server for the run (the store's tests run on SQLite and on it), and
    // the fixture content built once.
    globalSetup: ['tests/support/postgres-global-setup.ts', 'tests/support/vitest-global-setup.ts'],
    testTimeout: 60_000,
  },
});
