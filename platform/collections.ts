// The collections AfterCare keeps, their document types and the fields lists and timers filter by (indexed on
// SQLite by the local migrations; to be created as indexes in the CloudBase console, see docs/deploy-cloudbase.md).
import type {
  ClientRequestDoc,
  CounterDoc,
  CustomerDoc,
  DeviceDoc,
  InvitationDoc,
  StationDoc,
  StoredDoc,
  SurveyDoc,
  UploadDoc,
  UserDoc,
} from '../core/model';
import type { RosterDoc } from '../core/roster/roster';
import type { TicketDoc } from '../core/ticket/types';
import type { SubscriptionDoc } from './contract/outbox';
import type { OutboxDoc } from './contract/outbox';
import type { Collection, Store } from './ports';

export const COLLECTIONS = {
  users: { indexes: ['role', 'customerId', 'stationId', 'openid'] },
  customers: { indexes: ['region'] },
  stations: { indexes: ['region'] },
  devices: { indexes: ['customerId', 'serial'] },
  invitations: { indexes: ['code', 'expiresAt'] },
  tickets: {
    indexes: ['status', 'customerId', 'assigneeId', 'serial', 'sla.nextDueAt', 'createdAt', 'resolvedAt', 'loadOf'],
  },
  /** daily ticket-number sequences */
  counters: { indexes: [] },
  /** create requests by (caller, clientRequestId): what makes tickets.report idempotent */
  clientRequests: { indexes: [] },
  /** who uploaded which file (photos, signatures): a ticket may only reference its reporter's uploads */
  uploads: { indexes: ['ownerId'] },
  surveys: { indexes: ['ticketId', 'technicianId', 'stationId', 'submittedAt'] },
  outbox: { indexes: ['to', 'createdAt'] },
  /** duty rosters, one per station and week */
  rosters: { indexes: ['stationId', 'weekStart'] },
  /** each user's remaining WeChat subscription-message grants, per template */
  subscriptions: { indexes: [] },
} as const satisfies Record<string, { indexes: readonly string[] }>;

export type CollectionName = keyof typeof COLLECTIONS;

interface DocTypes {
  users: UserDoc;
  customers: CustomerDoc;
  stations: StationDoc;
  devices: DeviceDoc;
  invitations: InvitationDoc;
  tickets: TicketDoc;
  counters: CounterDoc;
  clientRequests: ClientRequestDoc;
  uploads: UploadDoc;
  surveys: SurveyDoc;
  outbox: OutboxDoc;
  rosters: RosterDoc;
  subscriptions: SubscriptionDoc;
}

export type Db = { [K in CollectionName]: Collection<DocTypes[K] & StoredDoc> };

/** Typed access to every collection of a store. */
export function dbOf(store: Store): Db {
  const db = {} as Record<string, Collection<StoredDoc>>;
  for (const name of Object.keys(COLLECTIONS)) db[name] = store.collection(name);
  return db as unknown as Db;
}
