// WAL checkpoints off the event loop. SQLite's automatic checkpoint runs inside the COMMIT that crosses 1 000 WAL
// pages, on the connection that commits: on the host's single thread that is a copy of the WAL into the database plus
// two syncs, 5–35 ms during which no request is served (the host's p99). With group commit the host turns it off and
// this worker thread checkpoints instead, on its own connection to the same file (WAL allows a checkpoint beside the
// writer: PASSIVE never blocks it). Nothing about durability changes: a commit is durable once the WAL holds it
// (group-commit.ts syncs it); a checkpoint only moves synced pages into the database file, and syncs both itself.
import { Worker } from 'node:worker_threads';

export interface Checkpointer {
  /** a commit has added to the WAL: a checkpoint runs soon (at most one per interval) */
  nudge(): void;
  /**
   * Stops the worker and waits (blocking, at most 5 s) until its connection is closed, so that the writer's
   * connection, closed next, is the last one: it checkpoints what is left and removes the WAL, as without a worker.
   */
  close(): void;
}

export interface CheckpointerOptions {
  /** the database file */
  file: string;
  /** at most one checkpoint per this many ms (default 200) */
  intervalMs?: number;
  /** the WAL is truncated back to this many bytes after a checkpoint that reaches its end (default 64 MiB) */
  walSizeLimit?: number;
  /** the worker failed (it could not open the file, say): the caller falls back to automatic checkpoints */
  onFailure(error: Error): void;
}

// Plain CommonJS in a string: the worker needs no TypeScript loader and ships with no build step.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const closed = new Int32Array(workerData.closed);
let db = null;
let timer = null;
// SQLite's errors are their own class and reach the writer's thread as their fields only: send a plain Error
const plain = (e) => new Error((e && e.message ? e.message : String(e)) + (e && e.code ? ' (' + e.code + ')' : ''));
// closes the connection (if open) and tells a waiting close() that it is done
const stop = () => {
  if (timer) clearTimeout(timer);
  timer = null;
  try { if (db && db.open) db.close(); } finally {
    Atomics.store(closed, 0, 1);
    Atomics.notify(closed, 0);
  }
};
let checkpoint;
try {
  const Database = require(workerData.driver);
  // the writer created the file; a worker that starts late never creates an empty one
  db = new Database(workerData.file, { timeout: 5000, fileMustExist: true });
  db.pragma('synchronous = NORMAL');
  db.pragma('journal_size_limit = ' + Number(workerData.walSizeLimit));
  checkpoint = db.prepare('PRAGMA wal_checkpoint(PASSIVE)');
} catch (e) {
  stop();
  throw plain(e);
}
parentPort.on('message', (message) => {
  if (message === 'close') {
    stop();
    parentPort.close();
    return;
  }
  if (timer) return;
  timer = setTimeout(() => {
    timer = null;
    try {
      checkpoint.run();
    } catch (e) {
      // the writer falls back to its own checkpoints (onFailure)
      stop();
      throw plain(e);
    }
  }, workerData.intervalMs);
});
`;

const CLOSE_WAIT_MS = 5000;

export function startCheckpointer(options: CheckpointerOptions): Checkpointer {
  // the worker sets it to 1 once its connection is closed
  const closed = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: {
      driver: require.resolve('better-sqlite3'),
      file: options.file,
      intervalMs: options.intervalMs ?? 200,
      walSizeLimit: options.walSizeLimit ?? 64 * 1024 * 1024,
      closed: closed.buffer,
    },
  });
  // never what keeps a process alive
  worker.unref();
  let alive = true;
  worker.on('error', (e) => {
    alive = false;
    // duck-typed: the error is deserialized in this thread's main realm (not jest's, under test)
    const message = typeof (e as { message?: unknown })?.message === 'string' ? e.message : JSON.stringify(e);
    options.onFailure(new Error(message));
  });
  worker.on('exit', () => {
    alive = false;
  });
  return {
    nudge() {
      if (alive) worker.postMessage('nudge');
    },
    close() {
      if (!alive) return;
      alive = false;
      worker.postMessage('close');
      Atomics.wait(closed, 0, 0, CLOSE_WAIT_MS);
    },
  };
}
