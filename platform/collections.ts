// The collections AfterCare keeps, their document types and the fields lists and timers filter by (indexed on
// SQLite by the local migrations; to be created as indexes in the CloudBase console, see docs/deploy-cloudbase.md).
import type { CustomerDoc, DeviceDoc, InvitationDoc, StationDoc, StoredDoc, UserDoc } from '../core/model';
import type { Collection, Store } from './ports';

export const COLLECTIONS = {
  users: { indexes: ['role', 'customerId', 'stationId', 'openid'] },
  customers: { indexes: ['region'] },
  stations: { indexes: ['region'] },
  devices: { indexes: ['customerId', 'serial'] },
  invitations: { indexes: ['code', 'expiresAt'] },
} as const satisfies Record<string, { indexes: readonly string[] }>;

export type CollectionName = keyof typeof COLLECTIONS;

interface DocTypes {
  users: UserDoc;
  customers: CustomerDoc;
  stations: StationDoc;
  devices: DeviceDoc;
  invitations: InvitationDoc;
}

export type Db = { [K in CollectionName]: Collection<DocTypes[K] & StoredDoc> };

/** Typed access to every collection of a store. */
export function dbOf(store: Store): Db {
  const db = {} as Record<string, Collection<StoredDoc>>;
  for (const name of Object.keys(COLLECTIONS)) db[name] = store.collection(name);
  return db as unknown as Db;
}
