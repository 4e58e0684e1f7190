// The context every action runs with: who calls, the time, and the platform's ports (one action signature on both
// platforms: the host and the CloudBase entry build it, the action code is the same).
import type { Caller } from '../../core/identity/caller';
import type { Message } from '../../core/notify/messages';
import type { Db } from '../../platform/collections';
import type { CallProvider, FileStorage, Identity, Logger } from '../../platform/ports';

export interface ActionContext {
  caller: Caller;
  /** the service clock's time for this request: actions never read the wall clock */
  now: Date;
  /** the store's collections, with their named queries */
  db: Db;
  /** stores each message in the outbox (once per dedupe key) and delivers it where the platform can */
  send(messages: readonly Message[]): Promise<void>;
  files: FileStorage;
  /** video calls: what the app joins a booking's call with (WebRTC on the local host, TRTC on CloudBase) */
  calls: CallProvider;
  identity: Identity;
  log: Logger;
  requestId: string;
}
