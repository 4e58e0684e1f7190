// Filter → SQLite WHERE over json_extract (matching the expression indexes), with every value a bound parameter.
import type { Scalar } from '../ports';
import type { Bound, FieldCondition, Keyset, Ordering, ParsedFilter } from '../contract/store-rules';

export interface SqlPart {
  sql: string;
  params: SqlValue[];
}

export type SqlValue = string | number | null;

/**
 * The SQL expression of a field. `path` has passed checkFieldPath (letters, digits, _ and dots), so writing it into
 * the JSON path literal is safe; it must be a literal, not a parameter, for SQLite to use the expression index.
 */
export function fieldExpr(path: string): string {
  return path === 'id' ? 'id' : `json_extract(doc, '$.${path}')`;
}

/** json_extract returns 1/0 for JSON true/false, so booleans compare as 1/0. */
export function sqlValue(value: Scalar): SqlValue {
  return typeof value === 'boolean' ? (value ? 1 : 0) : value;
}

const RANGE_SQL = { gt: '>', gte: '>=', lt: '<', lte: '<=' } as const;

/** The array fields of a collection indexed element by element (COLLECTIONS `arrays`), and the collection's name. */
export interface ArrayIndexes {
  collection: string;
  fields: ReadonlySet<string>;
}

/** The table holding one row per (element, document) of an indexed array field (kept by triggers, migrations.ts). */
export function elementTableOf(collection: string, path: string): string {
  return `mk_${collection}__${path.replace(/\./g, '__')}`;
}

// SQLite orders every number before every text; MongoDB (CloudBase) compares only values of the bound's type.
// The typeof guard keeps `{ lt: '2026-…' }` from matching numbers, as on CloudBase.
function rangeSql(expr: string, bounds: Bound[]): SqlPart {
  const parts = bounds.map((b) => `${expr} ${RANGE_SQL[b.op]} ?`);
  const types = bounds.every((b) => typeof b.value === 'string') ? `'text'` : `'integer', 'real'`;
  const mixed = new Set(bounds.map((b) => typeof b.value)).size > 1;
  if (mixed) return { sql: '0', params: [] };
  return { sql: `(${parts.join(' AND ')} AND typeof(${expr}) IN (${types}))`, params: bounds.map((b) => b.value) };
}

/**
 * One field condition. Null and missing are the same (json_extract gives NULL for both), as in MongoDB where
 * `{ f: null }` matches both. `ne` follows MongoDB's `$ne`: `{ ne: x }` also matches documents without the field.
 */
function conditionSql({ path, condition }: FieldCondition, arrays?: ArrayIndexes): SqlPart {
  const expr = fieldExpr(path);
  switch (condition.op) {
    case 'has': {
      // MongoDB's element match: an array holding the value (a scalar field equal to it matches too, as there)
      const value = sqlValue(condition.value);
      if (arrays?.fields.has(path)) {
        return {
          sql: `id IN (SELECT id FROM "${elementTableOf(arrays.collection, path)}" WHERE value = ?)`,
          params: [value],
        };
      }
      return { sql: `EXISTS (SELECT 1 FROM json_each(doc, '$.${path}') WHERE json_each.value = ?)`, params: [value] };
    }
    case 'eq':
      return condition.value === null
        ? { sql: `${expr} IS NULL`, params: [] }
        : { sql: `${expr} = ?`, params: [sqlValue(condition.value)] };
    case 'ne':
      return condition.value === null
        ? { sql: `${expr} IS NOT NULL`, params: [] }
        : { sql: `(${expr} IS NULL OR ${expr} <> ?)`, params: [sqlValue(condition.value)] };
    case 'in': {
      const values = condition.values.filter((v) => v !== null);
      const withNull = values.length < condition.values.length;
      if (values.length === 0) return withNull ? { sql: `${expr} IS NULL`, params: [] } : { sql: '0', params: [] };
      const inSql = `${expr} IN (${values.map(() => '?').join(', ')})`;
      return { sql: withNull ? `(${inSql} OR ${expr} IS NULL)` : inSql, params: values.map(sqlValue) };
    }
    case 'range':
      return rangeSql(expr, condition.bounds);
  }
}

/** All conditions of a filter, and-ed; `1` for no condition. */
export function filterSql(filter: ParsedFilter, arrays?: ArrayIndexes): SqlPart {
  const parts = [...filter.fields.map((f) => conditionSql(f, arrays)), ...filter.and.map((f) => filterSql(f, arrays))];
  return joinAnd(parts);
}

export function joinAnd(parts: SqlPart[]): SqlPart {
  const real = parts.filter((p) => p.sql !== '1');
  if (real.length === 0) return { sql: '1', params: [] };
  return { sql: real.map((p) => `(${p.sql})`).join(' AND '), params: real.flatMap((p) => p.params) };
}

/**
 * The rows after a keyset position. SQLite sorts NULL (missing) first ascending and last descending, so a null
 * position and the rows after a non-null one need their own terms.
 */
export function afterKeysetSql(ordering: Ordering, at: Keyset): SqlPart {
  const cmp = ordering.direction === 'asc' ? '>' : '<';
  if (ordering.field === 'id') return { sql: `id ${cmp} ?`, params: [at.id] };
  const expr = fieldExpr(ordering.field);
  if (at.value === null) {
    return ordering.direction === 'asc'
      ? { sql: `(${expr} IS NOT NULL OR id > ?)`, params: [at.id] }
      : { sql: `(${expr} IS NULL AND id < ?)`, params: [at.id] };
  }
  const value = sqlValue(at.value);
  const nullsAfter = ordering.direction === 'desc' ? ` OR ${expr} IS NULL` : '';
  return {
    sql: `(${expr} ${cmp} ? OR (${expr} = ? AND id ${cmp} ?)${nullsAfter})`,
    params: [value, value, at.id],
  };
}

export function orderSql(ordering: Ordering): string {
  const dir = ordering.direction === 'asc' ? 'ASC' : 'DESC';
  if (ordering.field === 'id') return `ORDER BY id ${dir}`;
  return `ORDER BY ${fieldExpr(ordering.field)} ${dir}, id ${dir}`;
}
