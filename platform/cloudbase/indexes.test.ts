// The CloudBase indexes: one (field, _id) per indexed field, one unique sparse per unique field, named as the local
// host names its SQLite indexes.
import { COLLECTIONS } from '../collections';
import { openSqliteStore } from '../local/sqlite-store';
import { cloudbaseIndexes, indexNameOf, isManagedIndex } from './indexes';

describe('cloudbase indexes', () => {
  const all = cloudbaseIndexes();

  test('every indexed field is a (field, _id) index; every unique field a unique sparse index', () => {
    for (const [collection, spec] of Object.entries(COLLECTIONS)) {
      const mine = all.filter((i) => i.collection === collection);
      const unique: readonly string[] = 'unique' in spec ? spec.unique : [];
      const arrays = (spec as { arrays?: readonly string[] }).arrays ?? [];
      expect(mine).toHaveLength(spec.indexes.length + unique.length + arrays.length);
      for (const field of spec.indexes) {
        expect(mine).toContainEqual({
          collection,
          name: indexNameOf(collection, field),
          fields: [field, '_id'],
          unique: false,
          sparse: false,
        });
      }
      for (const field of unique) {
        expect(mine).toContainEqual(expect.objectContaining({ fields: [field], unique: true, sparse: true }));
      }
    }
    expect(all.find((i) => i.name === 'ix_tickets__sla__nextDueAt')?.fields).toEqual(['sla.nextDueAt', '_id']);
    expect(all.find((i) => i.name === 'ux_users__openid')?.unique).toBe(true);
  });

  test('the names are the local host’s SQLite index names (and element tables, for array fields)', () => {
    const store = openSqliteStore(':memory:');
    try {
      const local = (
        store.db
          .prepare(
            "SELECT name FROM sqlite_master WHERE (type = 'index' AND name GLOB '?x_*') OR (type = 'table' AND name GLOB 'mk_*')",
          )
          .all() as { name: string }[]
      ).map((r) => r.name);
      expect(new Set(local)).toEqual(new Set(all.map((i) => i.name)));
    } finally {
      store.close();
    }
  });

  test('an array field is one index on the field (multikey), named as the local element table', () => {
    const [index] = cloudbaseIndexes({ users: { indexes: [], arrays: ['searchKeys'] } as never });
    expect(index).toEqual({
      collection: 'users',
      name: 'mk_users__searchKeys',
      fields: ['searchKeys'],
      unique: false,
      sparse: false,
    });
  });

  test('only ix_, ux_ and mk_ indexes are the deploy’s to drop', () => {
    expect(isManagedIndex('mk_users__searchKeys')).toBe(true);
    expect(isManagedIndex('ix_users__role')).toBe(true);
    expect(isManagedIndex('ux_users__openid')).toBe(true);
    expect(isManagedIndex('_id_')).toBe(false);
    expect(isManagedIndex('my_console_index')).toBe(false);
  });
});
