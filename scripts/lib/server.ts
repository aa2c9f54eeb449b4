/**
 * Starting and stopping the servers the tests, the benchmarks and the audit run: the production
 * server (`next start`, or the standalone server.js), the fake Resend, a bare Next.js app, a static
 * file server. One way to spawn a server, wait until it answers, read what it printed, and stop it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

/** A command from this checkout's node_modules/.bin (the project root, where tests and scripts run). */
export const bin = (name: string) => path.join(process.cwd(), 'node_modules/.bin', name);

export interface ServerOptions {
  cwd?: string;
  /** The server's whole environment (default: this process's). */
  env?: NodeJS.ProcessEnv;
  /** 'pipe' keeps what it prints, for `captureOutput`. */
  stdio?: 'ignore' | 'inherit' | 'pipe';
  /** How long it may take to answer (default 120 s: a cold `next start` on a busy machine). */
  timeoutMs?: number;
}

const outputs = new WeakMap<ChildProcess, { text: string }>();

/**
 * Everything a server started with stdio 'pipe' wrote to stdout and stderr, from its start (when
 * `startServer` started it) or from this call on.
 */
export function captureOutput(child: ChildProcess): () => string {
  let record = outputs.get(child);
  if (!record) {
    const kept = { text: '' };
    child.stdout?.on('data', (chunk: Buffer) => (kept.text += chunk.toString('utf8')));
    child.stderr?.on('data', (chunk: Buffer) => (kept.text += chunk.toString('utf8')));
    outputs.set(child, kept);
    record = kept;
  }
  return () => record.text;
}

/** Resolves when the process has exited (at once if it already has). */
export function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) =>
    child.exitCode !== null || child.signalCode !== null
      ? resolve()
      : child.once('exit', () => resolve()),
  );
}

/** Stops a server: SIGTERM, then SIGKILL if it is still there after 10 s. */
export async function stopServer(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited(child);
  clearTimeout(timer);
}

/**
 * Resolves once `url` answers with a 2xx. Throws when `timeoutMs` runs out, or at once when
 * `server` (the process meant to answer) has exited.
 */
export async function waitUntilAnswers(
  url: string,
  { server, timeoutMs = 120_000 }: { server?: ChildProcess; timeoutMs?: number } = {},
): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (server && (server.exitCode !== null || server.signalCode !== null)) {
      throw new Error(`the server for ${url} exited (${server.exitCode ?? server.signalCode})`);
    }
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

/**
 * Spawns a server and resolves with its process once `readyUrl` answers. When it exits first or
 * never answers, it is stopped and the error says so, with the end of its output when piped.
 */
export async function startServer(
  command: string,
  args: string[],
  readyUrl: string,
  { cwd, env = process.env, stdio = 'ignore', timeoutMs }: ServerOptions = {},
): Promise<ChildProcess> {
  const child = spawn(command, args, { cwd, env, stdio });
  const output = stdio === 'pipe' ? captureOutput(child) : () => '';
  try {
    await waitUntilAnswers(readyUrl, { server: child, timeoutMs });
    return child;
  } catch (error) {
    await stopServer(child);
    const printed = output().slice(-3000);
    throw new Error(
      `${path.basename(command)} ${args.join(' ')}: ${(error as Error).message}${printed ? `\n${printed}` : ''}`,
    );
  }
}

/**
 * `next start` for the build in `dir` (the project by default; its NEXT_DIST_DIR says which
 * folder), in production, on 127.0.0.1:`port`; resolves once `readyPath` answers.
 */
export function startNext(
  dir: string,
  port: number,
  { readyPath = '/', env = process.env, ...options }: ServerOptions & { readyPath?: string } = {},
): Promise<ChildProcess> {
  return startServer(
    bin('next'),
    ['start', '--port', String(port), '--hostname', '127.0.0.1'],
    `http://127.0.0.1:${port}${readyPath}`,
    {
      cwd: dir,
      env: { ...env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
      ...options,
    },
  );
}

/** The fake Resend (tests/support/fake-resend.ts) on `port`. */
export function startFakeResend(
  port: number,
  { env = process.env, ...options }: ServerOptions = {},
): Promise<ChildProcess> {
  return startServer(
    bin('tsx'),
    ['tests/support/fake-resend.ts'],
    `http://127.0.0.1:${port}/__test/health`,
    { env: { ...env, FAKE_RESEND_PORT: String(port) }, timeoutMs: 60_000, ...options },
  );
}
