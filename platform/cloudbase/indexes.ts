// The CloudBase indexes COLLECTIONS asks for, by name: what the deploy creates (scripts/deploy) and the index table of
// docs/deploy-cloudbase.md lists. Names are the local host's (its SQLite migrations): `ix_<collection>__<field>` for a
// (field, _id) index, `ux_<collection>__<field>` for a unique one, a dotted field written with `__`.
import { COLLECTIONS, type CollectionName, type CollectionSpec } from '../collections';

export interface CloudbaseIndex {
  collection: CollectionName;
  name: string;
  /** the keys in order, each ascending */
  fields: readonly string[];
  unique: boolean;
  /** a unique index skips documents without the field (several users without an OPENID yet) */
  sparse: boolean;
}

/** Indexes the deploy manages carry these prefixes: an index of another name (or `_id_`) is never dropped. */
export const MANAGED_INDEX_PREFIXES = ['ix_', 'ux_'] as const;

export function indexNameOf(collection: string, field: string, unique = false): string {
  return `${unique ? 'ux_' : 'ix_'}${collection}__${field.replace(/\./g, '__')}`;
}

export function isManagedIndex(name: string): boolean {
  return MANAGED_INDEX_PREFIXES.some((prefix) => name.startsWith(prefix));
}

/** Every index of every collection, in COLLECTIONS order: (field, _id) for each indexed field, then the unique ones. */
export function cloudbaseIndexes(spec: Record<string, CollectionSpec> = COLLECTIONS): CloudbaseIndex[] {
  const out: CloudbaseIndex[] = [];
  for (const [collection, { indexes, unique = [] }] of Object.entries(spec)) {
    for (const field of indexes) {
      out.push({
        collection: collection as CollectionName,
        name: indexNameOf(collection, field),
        fields: [field, '_id'],
        unique: false,
        sparse: false,
      });
    }
    for (const field of unique) {
      out.push({
        collection: collection as CollectionName,
        name: indexNameOf(collection, field, true),
        fields: [field],
        unique: true,
        sparse: true,
      });
    }
  }
  return out;
}
