/**
 * The end-to-end build (made by start-e2e-server.ts, which Playwright starts and waits for first)
 * served a second time, on PostgreSQL: starts a throw-away cluster on PG_TEST_PORT + 1, creates the
 * `e2e` database, then `next start` on E2E_PORT + 2 with DATABASE_URL. On SIGTERM/SIGINT it stops
 * the server and the cluster and deletes the cluster's folder.
 */
import { startPostgresCluster } from '../../scripts/lib/postgres-cluster';
import { startNext } from '../../scripts/lib/server';
import { e2ePostgresPort, e2ePostgresServerEnv, e2ePostgresServerPort } from './e2e-env';

async function main() {
  const cluster = await startPostgresCluster({ port: e2ePostgresPort });
  await cluster.createDatabase('e2e');
  const server = await startNext(process.cwd(), e2ePostgresServerPort, {
    env: { ...process.env, ...e2ePostgresServerEnv },
    stdio: 'inherit',
  }).catch(async (error: unknown) => {
    await cluster.stop();
    throw error;
  });
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (server.exitCode === null) server.kill('SIGTERM');
    await cluster.stop();
    process.exit(code);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void stop(0));
  server.on('exit', (code) => void stop(code ?? 0));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
