// The processes a benchmark measures: each server runs in its own child process (never on the load generator's event
// loop) and announces itself with one "ready at http://127.0.0.1:N" line on stdout.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '..', '..', '..');

/** how much of a server's output to keep for an error message (the host logs one line per request) */
const KEPT_LINES = 200;
const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 10_000;

export interface ServerProcess {
  url: string;
  pid: number;
  /** the last lines the process printed */
  tail(): string;
  /** SIGTERM, then SIGKILL if it has not exited in 10 s */
  stop(): Promise<void>;
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Runs `node --import tsx <script>` with `env` and resolves once it prints its ready line. */
export async function startServer(
  script: string,
  env: Record<string, string>,
  args: string[] = [],
): Promise<ServerProcess> {
  // `node --import tsx` (not the tsx wrapper): one process, so the pid we signal is the server itself.
  const child = spawn(process.execPath, [...args, '--import', 'tsx', script], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(chunk.toString());
    if (lines.length > KEPT_LINES) lines.splice(0, lines.length - KEPT_LINES);
  };
  // Always drain both pipes: a full pipe would block the server's writes and distort the measurement.
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const tail = () => lines.join('').trimEnd();

  const url = await new Promise<string>((resolveUrl, reject) => {
    let seen = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${script} did not start in ${START_TIMEOUT_MS / 1000} s:\n${tail()}`));
    }, START_TIMEOUT_MS);
    const onData = (chunk: Buffer) => {
      seen = (seen + chunk.toString()).slice(-4096);
      const m = /ready at (http:\/\/127\.0\.0\.1:\d+)/.exec(seen);
      if (m) {
        clearTimeout(timer);
        child.stdout!.off('data', onData);
        child.off('exit', onExit);
        resolveUrl(m[1]!);
      }
    };
    const onExit = (code: number | null, signal: string | null) => {
      clearTimeout(timer);
      reject(new Error(`${script} exited (${signal ?? code}) before it was ready:\n${tail()}`));
    };
    child.stdout!.on('data', onData);
    child.once('exit', onExit);
  });

  return {
    url,
    pid: child.pid!,
    tail,
    async stop() {
      await stopChild(child, exited);
    },
  };
}

async function stopChild(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  let timer: NodeJS.Timeout | undefined;
  const forced = new Promise<void>((done) => {
    timer = setTimeout(() => {
      child.kill('SIGKILL');
      done();
    }, STOP_TIMEOUT_MS);
  });
  await Promise.race([exited, forced]);
  clearTimeout(timer);
  await exited;
}

/**
 * Raises every rate limit so far that a benchmark's one customer reporting thousands of times a second is never
 * refused, while the counters still run (their cost is part of what is measured).
 */
export const BENCH_RATE_LIMIT_FACTOR = 1_000_000_000;

/** The real local host on a fresh data directory, in demo mode (no dev clock: the service clock is the system clock). */
export async function startAfterCareHost(dataDir: string, nodeArgs: string[] = []): Promise<ServerProcess> {
  return startServer(
    join(ROOT, 'host', 'main.ts'),
    {
      PORT: '0',
      AFTERCARE_DATA_DIR: dataDir,
      AFTERCARE_DEMO: '1',
      AFTERCARE_RATE_LIMIT_FACTOR: String(BENCH_RATE_LIMIT_FACTOR),
    },
    nodeArgs,
  );
}

/** The baseline: a bare node:http server, one better-sqlite3 INSERT per request (baseline-server.ts). */
export async function startBaselineServer(dataDir: string): Promise<ServerProcess> {
  return startServer(join(ROOT, 'scripts', 'bench', 'baseline-server.ts'), { PORT: '0', BENCH_DATA_DIR: dataDir });
}

/** POST /api/<fn> { action, data } → the envelope's data, or throws with the error. */
export async function callApi<T>(url: string, fn: string, action: string, data: unknown, token?: string): Promise<T> {
  const res = await fetch(`${url}/api/${fn}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ action, data }),
  });
  const body = (await res.json()) as { ok: boolean; data?: T; error?: unknown };
  if (!body.ok) throw new Error(`${fn}.${action} → ${res.status} ${JSON.stringify(body.error)}`);
  return body.data as T;
}

export async function devLogin(url: string, userId: string): Promise<string> {
  return (await callApi<{ token: string }>(url, 'auth', 'devLogin', { userId })).token;
}
