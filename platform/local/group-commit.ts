// Group commit for the embedded store, at two levels:
//
// 1. Shared transactions. Every write runs inside one open transaction (BEGIN IMMEDIATE on the first write; nested
//    writes become savepoints), committed at the end of the event-loop turn (setImmediate) or when a barrier is
//    flushed. The writes of all the requests handled in one turn share one commit, so the pages they touch (the
//    tickets' index pages, the outbox's) reach the WAL once per batch instead of once per statement.
// 2. Shared syncs. SQLite runs in WAL mode with `synchronous = NORMAL` (a commit reaches the OS, not yet the disk), and
//    before the host acknowledges a request it waits on a durability barrier: one fsync of the WAL file that covers
//    every commit made before it. Concurrent requests share one fsync instead of paying one per commit.
//
// No request is answered before its writes are committed and on disk. A commit can fail (disk full, I/O error) or
// SQLite can roll a transaction back on its own after such an error; the writes of every request in that batch are
// then lost, so their barriers reject (the host answers with an error, and the client's retry with the same
// clientRequestId redoes the work). A request names its writes by the mark (`mark()`) taken before it started.
import { closeSync, existsSync, fdatasync, openSync } from 'node:fs';
import type { Database } from 'better-sqlite3';

export interface GroupCommit {
  /** runs one write statement (or a nested transaction) inside the shared transaction */
  write<T>(run: () => T): T;
  /** the position of the next write: a request takes it before it starts, and passes it to its barrier */
  mark(): number;
  /**
   * resolves once every write made before the call is committed and on disk; rejects if one of the writes made
   * since `since` (a mark) was lost with a failed commit, or if the sync fails
   */
  barrier(since: number): Promise<void>;
  /** commits the open transaction now (on close) */
  commitNow(): void;
  /**
   * Notices a transaction SQLite rolled back on its own (after an I/O error in a read, say): the batch is lost at
   * once, before anything reads what it held or writes outside a transaction. Called before cached reads and writes.
   */
  noticeRollback(): void;
  close(): void;
}

/**
 * How the WAL is synced: fdatasync (as SQLite does), which skips the file's timestamps — a WAL reused from its start
 * is overwritten in place, so its sync needs no filesystem-journal commit. Tests hold it back to see that
 * acknowledgements wait for it.
 */
export type SyncFile = (fd: number, done: (error: NodeJS.ErrnoException | null) => void) => void;

/** How the shared transaction is committed (tests make it fail). */
export type CommitFn = (db: Database) => void;

export interface GroupCommitOptions {
  syncFile?: SyncFile;
  commit?: CommitFn;
  /** called after each successful commit (the checkpointer's nudge) */
  afterCommit?: () => void;
  /** called when a batch of writes was rolled back (what was read inside it may have seen them) */
  afterRollback?: () => void;
}

/** Writes with positions in (from, to] were rolled back. */
interface LostRange {
  from: number;
  to: number;
  error: Error;
}

interface Waiter {
  since: number;
  /** the position of the last write made before the barrier */
  lastWrite: number;
  /** total_changes() when the barrier was called: the sync that covers it must start at or after this count */
  upTo: number;
  resolve: () => void;
  reject: (e: Error) => void;
}

/** Lost ranges kept to answer late barriers; a request older than this many failed batches is long gone. */
const LOST_RANGES_KEPT = 1000;

const defaultCommit: CommitFn = (db) => void db.exec('COMMIT');

export function createGroupCommit(db: Database, walPath: string, options: GroupCommitOptions = {}): GroupCommit {
  const syncFile = options.syncFile ?? fdatasync;
  const commit = options.commit ?? defaultCommit;
  const totalChanges = db.prepare('SELECT total_changes() AS n').pluck();
  let synced = totalChanges.get() as number;
  let fd: number | null = null;
  let syncing = false;
  let waiters: Waiter[] = [];
  let flushScheduled = false;
  /** position of the last write */
  let position = 0;
  /** position before the first write of the open transaction; null when none is open */
  let batchFrom: number | null = null;
  const lost: LostRange[] = [];

  function loseBatch(error: Error): void {
    if (batchFrom === null) return;
    options.afterRollback?.();
    lost.push({ from: batchFrom, to: position, error });
    if (lost.length > LOST_RANGES_KEPT) lost.shift();
    batchFrom = null;
  }

  function noticeRollback(): void {
    // SQLite rolled the transaction back on its own (after an I/O error, say) and no write noticed
    if (batchFrom !== null && !db.inTransaction) loseBatch(new Error('写入未能保存：事务已被数据库回滚'));
  }

  function commitOpen(): void {
    noticeRollback();
    if (batchFrom === null) return;
    try {
      commit(db);
      batchFrom = null;
      options.afterCommit?.();
    } catch (e) {
      if (db.inTransaction) db.exec('ROLLBACK');
      loseBatch(e instanceof Error ? e : new Error(String(e)));
    }
  }

  function lostFor(w: Pick<Waiter, 'since' | 'lastWrite'>): Error | null {
    for (let i = lost.length - 1; i >= 0; i--) {
      const range = lost[i]!;
      if (range.from < w.lastWrite && range.to > w.since) return range.error;
    }
    return null;
  }

  /** Commits the open transaction, fails the barriers whose writes it lost, and syncs for the others. */
  function flush(): void {
    flushScheduled = false;
    commitOpen();
    const failed = waiters.filter((w) => lostFor(w) !== null);
    if (failed.length > 0) {
      waiters = waiters.filter((w) => !failed.includes(w));
      failed.forEach((w) => w.reject(lostFor(w)!));
    }
    startSync();
  }

  function scheduleFlush(): void {
    if (flushScheduled) return;
    flushScheduled = true;
    setImmediate(flush);
  }

  function startSync(): void {
    if (syncing || waiters.length === 0) return;
    if (fd === null) {
      if (!existsSync(walPath)) {
        // no WAL yet means nothing was written since the database was opened
        synced = totalChanges.get() as number;
        settle();
        return;
      }
      fd = openSync(walPath, 'r');
    }
    syncing = true;
    const target = totalChanges.get() as number;
    syncFile(fd, (error) => {
      syncing = false;
      if (error) {
        const failed = waiters.filter((w) => w.upTo <= target);
        waiters = waiters.filter((w) => w.upTo > target);
        failed.forEach((w) => w.reject(error));
      } else {
        synced = Math.max(synced, target);
        settle();
      }
      // barriers that came during the sync: their batch is committed first
      if (waiters.length > 0) flush();
    });
  }

  function settle(): void {
    const done = waiters.filter((w) => w.upTo <= synced);
    waiters = waiters.filter((w) => w.upTo > synced);
    done.forEach((w) => w.resolve());
  }

  return {
    write(run) {
      noticeRollback();
      if (batchFrom === null) {
        if (!db.inTransaction) db.exec('BEGIN IMMEDIATE');
        batchFrom = position;
        scheduleFlush();
      }
      position++;
      try {
        return run();
      } catch (e) {
        // an error that made SQLite roll back the whole transaction took the batch's earlier writes with it
        if (!db.inTransaction) loseBatch(e instanceof Error ? e : new Error(String(e)));
        throw e;
      }
    },
    mark: () => position,
    barrier(since) {
      const w = { since, lastWrite: position, upTo: totalChanges.get() as number };
      const error = lostFor(w);
      if (error) return Promise.reject(error);
      if (batchFrom === null && w.upTo <= synced) return Promise.resolve();
      return new Promise<void>((resolve, reject) => {
        waiters.push({ ...w, resolve, reject });
        // with a transaction open, the flush at the end of this turn commits it (with the other requests' writes)
        if (batchFrom === null) flush();
        else scheduleFlush();
      });
    },
    commitNow: commitOpen,
    noticeRollback,
    close() {
      commitOpen();
      if (fd !== null) closeSync(fd);
      fd = null;
    },
  };
}
