/**
 * A throw-away PostgreSQL server for the tests and the benchmark: `initdb` into a temporary folder,
 * `pg_ctl start` on 127.0.0.1:<port>, trust authentication, then stopped and deleted. Debian's
 * binaries live in /usr/lib/postgresql/<version>/bin (scripts/install-test-postgres.sh installs them);
 * PG_BIN names another folder. PostgreSQL refuses to run as root, so as root every command runs as
 * the `postgres` user (runuser) in a folder it owns.
 *
 * Ports: PG_TEST_PORT, by default E2E_PORT + 52300 (55400 for the default E2E_PORT 3100), so
 * checkouts with their own E2E_PORT never collide. The unit tests take that port, the end-to-end
 * tests the next, the benchmark the one after.
 */
import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export function testPostgresPort(offset = 0): number {
  const base = process.env.PG_TEST_PORT
    ? Number(process.env.PG_TEST_PORT)
    : Number(process.env.E2E_PORT ?? 3100) + 52_300;
  return base + offset;
}

/** The folder of initdb, pg_ctl and createdb: PG_BIN, else Debian's newest, else whatever is on PATH. */
export function postgresBinaries(): string {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const debian = '/usr/lib/postgresql';
  const versions = fs.existsSync(debian)
    ? fs
        .readdirSync(debian)
        .filter((v) => fs.existsSync(path.join(debian, v, 'bin/initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions[0]) return path.join(debian, versions[0], 'bin');
  try {
    return path.dirname(execFileSync('which', ['initdb'], { encoding: 'utf8' }).trim());
  } catch {
    throw new Error(
      'PostgreSQL is not installed (no initdb in /usr/lib/postgresql/*/bin or on PATH): run `bash scripts/install-test-postgres.sh`, or set PG_BIN.',
    );
  }
}

const asRoot = process.getuid?.() === 0;

/** A command as the user PostgreSQL runs as: `postgres` when we are root, else ourselves. */
function asPostgresUser(command: string, args: string[]): [string, string[]] {
  return asRoot ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
}

function postgresOwner(): { uid: number; gid: number } | null {
  if (!asRoot) return null;
  const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
  return { uid, gid };
}

export interface PostgresCluster {
  port: number;
  /** postgres://postgres@127.0.0.1:<port>/<database> */
  url(database?: string): string;
  /** Creates an empty database and returns its URL. */
  createDatabase(name: string): Promise<string>;
  stop(): Promise<void>;
}

/** Where a running cluster on `port` notes its folder, so a run killed before its clean-up is cleared. */
const markerOf = (port: number) => path.join(os.tmpdir(), `pg-test-cluster-${port}.json`);

function stopLeftover(port: number, bin: string) {
  const marker = markerOf(port);
  if (!fs.existsSync(marker)) return;
  try {
    const { dir } = JSON.parse(fs.readFileSync(marker, 'utf8')) as { dir: string };
    if (fs.existsSync(path.join(dir, 'data/postmaster.pid'))) {
      const [cmd, args] = asPostgresUser(path.join(bin, 'pg_ctl'), [
        'stop',
        '-D',
        path.join(dir, 'data'),
        '-m',
        'immediate',
        '-w',
      ]);
      execFileSync(cmd, args, { stdio: 'ignore' });
    }
    fs.rmSync(dir, { recursive: true, force: true });
  } catch {
    // Nothing left to stop.
  }
  fs.rmSync(marker, { force: true });
}

/**
 * Starts a new cluster on `port`. `durable: false` (the tests) turns fsync off: a crash of the
 * machine may lose the throw-away data, and every commit is much cheaper on a busy disk.
 */
export async function startPostgresCluster({
  port,
  durable = false,
}: {
  port: number;
  durable?: boolean;
}): Promise<PostgresCluster> {
  const bin = postgresBinaries();
  stopLeftover(port, bin);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-test-'));
  const owner = postgresOwner();
  if (owner) fs.chownSync(dir, owner.uid, owner.gid);
  const data = path.join(dir, 'data');
  const exec = async (name: string, args: string[]) => {
    const [cmd, full] = asPostgresUser(path.join(bin, name), args);
    await run(cmd, full, { cwd: dir });
  };
  await exec('initdb', [
    '-D',
    data,
    '-U',
    'postgres',
    '--auth=trust',
    '--encoding=UTF8',
    '--locale=C',
    '--no-sync',
  ]);
  const settings = [
    `-p ${port}`,
    `-k ${dir}`,
    '-c listen_addresses=127.0.0.1',
    '-c max_connections=200',
    ...(durable ? [] : ['-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off']),
  ].join(' ');
  try {
    await exec('pg_ctl', [
      'start',
      '-D',
      data,
      '-l',
      path.join(dir, 'server.log'),
      '-w',
      '-t',
      '60',
      '-o',
      settings,
    ]);
  } catch (error) {
    const log = fs.existsSync(path.join(dir, 'server.log'))
      ? fs.readFileSync(path.join(dir, 'server.log'), 'utf8').slice(-2000)
      : '';
    fs.rmSync(dir, { recursive: true, force: true });
    throw new Error(
      `PostgreSQL did not start on port ${port} (another server there? set PG_TEST_PORT): ${error instanceof Error ? error.message : String(error)}\n${log}`,
    );
  }
  fs.writeFileSync(markerOf(port), JSON.stringify({ dir, pid: process.pid }));

  const url = (database = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${database}`;
  return {
    port,
    url,
    createDatabase: (name) => createDatabaseAt(url(), name),
    async stop() {
      try {
        await exec('pg_ctl', ['stop', '-D', data, '-m', 'fast', '-w']);
      } catch {
        // Already stopped (the process group got the signal too).
      }
      fs.rmSync(dir, { recursive: true, force: true });
      fs.rmSync(markerOf(port), { force: true });
    },
  };
}

/** Creates a database on a cluster started elsewhere (the tests' global set-up), by its URL. */
export async function createDatabaseAt(adminUrl: string, name: string): Promise<string> {
  const url = new URL(adminUrl);
  await run(path.join(postgresBinaries(), 'createdb'), [
    '-h',
    url.hostname,
    '-p',
    url.port || '5432',
    '-U',
    decodeURIComponent(url.username) || 'postgres',
    name,
  ]);
  url.pathname = `/${name}`;
  return url.toString();
}
