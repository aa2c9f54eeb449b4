/**
 * vitest global set-up: one throw-away PostgreSQL server for the whole unit-test run, on
 * PG_TEST_PORT (default E2E_PORT + 52300); each test file makes its own database on it
 * (tests/support/engines.ts). Stopped and deleted when the run ends.
 */
import type { TestProject } from 'vitest/node';
import { startPostgresCluster, testPostgresPort } from '../../scripts/lib/postgres-cluster';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const cluster = await startPostgresCluster({ port: testPostgresPort() });
  project.provide('postgresUrl', cluster.url());
  return () => cluster.stop();
}
