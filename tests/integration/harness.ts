// Starts the real local host (tsx host/main.ts) on a temporary data directory and a free port, and talks to it over HTTP.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..');

export interface Reply<T = unknown> {
  status: number;
  body: { ok: true; data: T } | { ok: false; error: { code: string; message: string; details: unknown[] } };
}

export interface Host {
  url: string;
  dataDir: string;
  logs: string[];
  /** POST /api/<fn> { action, data } with an optional bearer token */
  call<T = any>(fn: string, action: string, data?: unknown, token?: string): Promise<Reply<T>>;
  /** the data of a call that must succeed (throws with the error otherwise) */
  ok<T = any>(fn: string, action: string, data?: unknown, token?: string): Promise<T>;
  raw(path: string, init?: RequestInit): Promise<Response>;
  /** the host process has not exited */
  running(): boolean;
  login(userId: string): Promise<string>;
  advanceClock(minutes: number): Promise<string>;
  trigger(fn: string): Promise<any>;
  stop(): Promise<void>;
  /** SIGKILL: no chance to flush or close anything */
  kill(): Promise<void>;
}

export interface StartOptions {
  dataDir?: string;
  devClock?: boolean;
  /** demo mode (demo sign-in and demo data, as `npm start` runs it); default true, false = started for real use */
  demo?: boolean;
  env?: Record<string, string>;
}

export function tempDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'aftercare-it-'));
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export async function startHost(options: StartOptions = {}): Promise<Host> {
  const dataDir = options.dataDir ?? tempDataDir();
  // `node --import tsx` runs the host in this one process, so SIGKILL really kills the server (no wrapper process).
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'host', 'main.ts')], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: '0',
      AFTERCARE_DATA_DIR: dataDir,
      ...(options.devClock === false ? {} : { AFTERCARE_DEV_CLOCK: '1' }),
      ...(options.demo === false ? { AFTERCARE_DEMO: '' } : { AFTERCARE_DEMO: '1' }),
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: string[] = [];
  const url = await waitForReady(child, logs);
  return hostClient(url, dataDir, logs, child);
}

function waitForReady(child: ChildProcess, logs: string[]): Promise<string> {
  return new Promise((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`host did not start in 30 s:\n${logs.join('')}`)), 30_000);
    const onData = (chunk: Buffer) => {
      const text = chunk.toString();
      logs.push(text);
      const m = /ready at (http:\/\/127\.0\.0\.1:\d+)/.exec(text);
      if (m) {
        clearTimeout(timer);
        resolveUrl(m[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => logs.push(chunk.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`host exited with ${code}:\n${logs.join('')}`));
    });
  });
}

function hostClient(url: string, dataDir: string, logs: string[], child: ChildProcess): Host {
  const exited = new Promise<void>((done) => child.on('exit', () => done()));
  const host: Host = {
    url,
    dataDir,
    logs,
    async call(fn, action, data = {}, token) {
      const res = await fetch(`${url}/api/${fn}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ action, data }),
      });
      return { status: res.status, body: (await res.json()) as Reply<any>['body'] };
    },
    async ok(fn, action, data, token) {
      const reply = await host.call(fn, action, data, token);
      if (!reply.body.ok) throw new Error(`${fn}.${action} → ${reply.status} ${JSON.stringify(reply.body.error)}`);
      return reply.body.data as any;
    },
    raw: (path, init) => fetch(`${url}${path}`, init),
    running: () => child.exitCode === null && child.signalCode === null,
    async login(userId) {
      return (await host.ok<{ token: string }>('auth', 'devLogin', { userId })).token;
    },
    async advanceClock(minutes) {
      const res = await fetch(`${url}/api/_dev/clock`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ advanceMinutes: minutes }),
      });
      return ((await res.json()) as { data: { now: string } }).data.now;
    },
    async trigger(fn) {
      const res = await fetch(`${url}/api/_dev/trigger`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ function: fn }),
      });
      return res.json();
    },
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
    async kill() {
      if (child.exitCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
  return host;
}
