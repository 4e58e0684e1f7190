// Group commit for the embedded store: SQLite runs in WAL mode with `synchronous = NORMAL` (a commit reaches the OS, not
// yet the disk), and before the host acknowledges a request it waits on a durability barrier — one fsync of the WAL
// file that covers every commit made before it. Concurrent requests share one fsync instead of paying one per commit
// (as `synchronous = FULL` does), and no request is answered before its writes are on disk.
import { closeSync, existsSync, fsync, openSync } from 'node:fs';
import type { Database } from 'better-sqlite3';

export interface GroupCommit {
  /** resolves once every write committed before the call is on disk */
  barrier(): Promise<void>;
  close(): void;
}

/** How a file descriptor is synced (fs.fsync; tests hold it back to see that acknowledgements wait for it). */
export type SyncFile = (fd: number, done: (error: NodeJS.ErrnoException | null) => void) => void;

export function createGroupCommit(db: Database, walPath: string, syncFile: SyncFile = fsync): GroupCommit {
  const totalChanges = db.prepare('SELECT total_changes() AS n').pluck();
  let synced = totalChanges.get() as number;
  let fd: number | null = null;
  let syncing = false;
  let waiters: { upTo: number; resolve: () => void; reject: (e: Error) => void }[] = [];

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
        const failed = waiters;
        waiters = [];
        failed.forEach((w) => w.reject(error));
        return;
      }
      synced = Math.max(synced, target);
      settle();
      startSync();
    });
  }

  function settle(): void {
    const done = waiters.filter((w) => w.upTo <= synced);
    waiters = waiters.filter((w) => w.upTo > synced);
    done.forEach((w) => w.resolve());
  }

  return {
    barrier() {
      const upTo = totalChanges.get() as number;
      if (upTo <= synced) return Promise.resolve();
      return new Promise<void>((resolve, reject) => {
        waiters.push({ upTo, resolve, reject });
        startSync();
      });
    },
    close() {
      if (fd !== null) closeSync(fd);
      fd = null;
    },
  };
}
