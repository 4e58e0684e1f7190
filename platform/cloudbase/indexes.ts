// The CloudBase indexes COLLECTIONS asks for, by name: what the deploy creates (scripts/deploy) and the index table of
// docs/deploy-cloudbase.md lists. Names are the local host's (its SQLite migrations): `ix_<collection>__<field>` for a
// (field, _id) index, `ux_<collection>__<field>` for a unique one, `mk_<collection>__<field>` for an array field indexed
// per element (a multikey index here, an element table there), a dotted field written with `__`.
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
export const MANAGED_INDEX_PREFIXES = ['ix_', 'ux_', 'mk_'] as const;

export function indexNameOf(collection: string, field: string, unique = false): string {
  return `${unique ? 'ux_' : 'ix_'}${collection}__${field.replace(/\./g, '__')}`;
}

/** An array field's index: MongoDB makes an ordinary index on an array field multikey (one entry per element). */
export function arrayIndexNameOf(collection: string, field: string): string {
  return `mk_${collection}__${field.replace(/\./g, '__')}`;
}

export function isManagedIndex(name: string): boolean {
  return MANAGED_INDEX_PREFIXES.some((prefix) => name.startsWith(prefix));
}

/**
 * Every index of every collection, in COLLECTIONS order: (field, _id) for each indexed field, then the unique ones,
 * then the array fields (`arrays`, where a collection declares them).
 */
export function cloudbaseIndexes(spec: Record<string, CollectionSpec> = COLLECTIONS): CloudbaseIndex[] {
  const out: CloudbaseIndex[] = [];
  for (const [collection, declared] of Object.entries(spec)) {
    const { indexes, unique = [] } = declared;
    const arrays = (declared as { arrays?: readonly string[] }).arrays ?? [];
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
    for (const field of arrays) {
      out.push({
        collection: collection as CollectionName,
        name: arrayIndexNameOf(collection, field),
        fields: [field],
        unique: false,
        sparse: false,
      });
    }
  }
  return out;
}
