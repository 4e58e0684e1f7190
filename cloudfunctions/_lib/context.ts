// The context every action runs with: who calls, the time, and the platform's ports (ARCHITECTURE.md, "One action signature").
import type { Caller } from '../../core/identity/caller';
import type { Db } from '../../platform/collections';
import type { FileStorage, Identity, Logger, Notifier, Store } from '../../platform/ports';

export interface ActionContext {
  caller: Caller;
  /** the service clock's time for this request: actions never read the wall clock */
  now: Date;
  store: Store;
  /** typed collections of the store */
  db: Db;
  notify: Notifier['send'];
  files: FileStorage;
  identity: Identity;
  platform: 'local' | 'cloudbase';
  log: Logger;
  requestId: string;
}
