// The embedded platform the local host runs on: SQLite store, signed tokens, outbox, local files, system or dev clock.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { IceServer } from '../../core/schemas/bookings';
import type { Logger, Platform } from '../ports';
import { createLocalCalls, type LocalCalls } from './calls';
import { createDevClock, systemClock, type DevClock } from './clock';
import { createFileLinks, type FileLinks } from './file-links';
import { createLocalFiles } from './files';
import { createLocalIdentity, type LocalIdentity } from './identity';
import { createJsonLogger } from './logger';
import { createLocalNotifier } from './notifier';
import { openSqliteStore, type SqliteStore } from './sqlite-store';
import { createTokenSigner, loadOrCreateSecret } from './tokens';

export interface LocalPlatformOptions {
  /** where aftercare.db, secret.key and files/ live (created when missing) */
  dataDir: string;
  /** AFTERCARE_DEV_CLOCK=1: a service clock tests can move forward, kept across restarts */
  devClock?: boolean;
  /** default: JSON lines on stdout/stderr */
  logger?: Logger;
  /** false: the WAL is never checkpointed while open (benchmarks that count the pages a report writes) */
  checkpoints?: boolean;
  /** how long a signed file link lives (AFTERCARE_FILE_URL_TTL_SECONDS); default 10 minutes */
  fileLinkSeconds?: number;
  /** STUN/TURN servers handed to video calls (AFTERCARE_ICE_SERVERS); default none (loopback needs none) */
  iceServers?: IceServer[];
  /** the address clients reach the host at behind a proxy (AFTERCARE_PUBLIC_URL): the signalling socket's */
  publicUrl?: string;
}

export interface LocalPlatform extends Platform {
  kind: 'local';
  store: SqliteStore;
  identity: LocalIdentity;
  /** present when the dev clock is on: the same object as `clock` */
  devClock?: DevClock;
  /** the signed links files.url() hands out, which GET /api/_files/<id> checks */
  fileLinks: FileLinks;
  /** video calls over the host's own signalling socket (GET /api/_signal) */
  calls: LocalCalls;
  dataDir: string;
  /** closes the database; call once, on shutdown */
  close(): void;
}

export function createLocalPlatform(options: LocalPlatformOptions): LocalPlatform {
  const dataDir = resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const logger = options.logger ?? createJsonLogger();
  // group commit: the host answers a request only after its writes are on disk, one fsync per batch of requests
  const store = openSqliteStore(join(dataDir, 'aftercare.db'), {
    durability: 'group',
    ...(options.checkpoints === false ? { checkpoints: false } : {}),
    warn: (message) => logger.error({ msg: message }),
  });
  const devClock = options.devClock ? createDevClock(store.meta) : undefined;
  const clock = devClock ?? systemClock;
  const secret = loadOrCreateSecret(dataDir);
  // Tokens and file links expire on the system clock even with the dev clock on (see LocalIdentityOptions.clock).
  const identity = createLocalIdentity({ signer: createTokenSigner(secret), store, clock: systemClock });
  const fileLinks = createFileLinks({
    secret,
    clock: systemClock,
    ...(options.fileLinkSeconds ? { ttlSeconds: options.fileLinkSeconds } : {}),
  });

  return {
    kind: 'local',
    store,
    identity,
    clock,
    ...(devClock ? { devClock } : {}),
    notifier: createLocalNotifier({ store, clock }),
    files: createLocalFiles(join(dataDir, 'files'), fileLinks),
    fileLinks,
    // join tokens expire on the system clock, as sign-in tokens do
    calls: createLocalCalls({
      secret,
      clock: systemClock,
      iceServers: options.iceServers ?? [],
      ...(options.publicUrl ? { publicUrl: options.publicUrl } : {}),
    }),
    logger,
    dataDir,
    close: () => store.close(),
  };
}
