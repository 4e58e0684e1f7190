// What the environment holds now, read through the admin interface (only reads): for each collection, function and
// the storage bucket the deploy manages.
import { isNotFound, type CloudbaseAdmin, type FunctionDetail, type IndexInfo, type StorageRule } from './admin';
import type { DesiredState } from './desired';

export interface CurrentCollection {
  exists: boolean;
  indexes: IndexInfo[];
  /** the AclTag (READONLY, PRIVATE, ADMINWRITE, ADMINONLY, CUSTOM); null when the collection does not exist */
  acl: string | null;
}

export interface CurrentState {
  collections: Record<string, CurrentCollection>;
  storage: { acl: string; rule?: StorageRule };
  /** null: no such function */
  functions: Record<string, FunctionDetail | null>;
}

export async function readState(admin: CloudbaseAdmin, desired: DesiredState): Promise<CurrentState> {
  const collections: Record<string, CurrentCollection> = {};
  for (const { name } of desired.collections) {
    const { Exists } = await admin.checkCollectionExists(name);
    if (!Exists) {
      collections[name] = { exists: false, indexes: [], acl: null };
      continue;
    }
    const [described, acl] = await Promise.all([admin.describeCollection(name), admin.describeDatabaseAcl(name)]);
    collections[name] = { exists: true, indexes: described.Indexes ?? [], acl: acl.AclTag ?? null };
  }
  const storage = await admin.getStorageAcl();
  const functions: Record<string, FunctionDetail | null> = {};
  for (const { name } of desired.functions) {
    try {
      functions[name] = await admin.getFunctionDetail(name);
    } catch (e) {
      if (!isNotFound(e)) throw e;
      functions[name] = null;
    }
  }
  return { collections, storage, functions };
}
