// Filter → CloudBase where() conditions with db.command, one to one: the same subset, the same MongoDB semantics.
import type { Filter, Scalar } from '../ports';
import {
  parseFilter,
  type Keyset,
  type Ordering,
  type ParsedCondition,
  type ParsedFilter,
} from '../contract/store-rules';
import type { Command, Where } from './sdk';

/** The document key of a field: the store's `id` is CloudBase's `_id`; dotted paths stay dotted ("sla.nextDueAt"). */
export function cloudKey(path: string): string {
  return path === 'id' ? '_id' : path;
}

function conditionOf(condition: ParsedCondition, _: Command): unknown {
  switch (condition.op) {
    case 'eq':
      // a plain value is MongoDB equality; null matches null and a missing field, as on SQLite
      return condition.value;
    case 'ne':
      return _.neq(condition.value);
    case 'in':
      return _.in(condition.values);
    case 'has':
      // MongoDB matches a plain value against each element of an array field (匹配数组中的元素)
      return condition.value;
    case 'range': {
      const [first, ...rest] = condition.bounds.map((b) => _[b.op](b.value));
      // two bounds on one field: `_.gt(a).and(_.lte(b))`, which the SDK encodes as a top-level $and
      return rest.length ? first!.and(...rest) : first;
    }
  }
}

function whereOfParsed(parsed: ParsedFilter, _: Command): Where {
  const fields: Record<string, unknown> = {};
  for (const { path, condition } of parsed.fields) fields[cloudKey(path)] = conditionOf(condition, _);
  if (parsed.and.length === 0) return fields;
  const parts = [...(Object.keys(fields).length ? [fields] : []), ...parsed.and.map((p) => whereOfParsed(p, _))];
  return _.and(parts);
}

/** The where() argument for a filter (validated: field paths, condition shapes). */
export function toCloudbaseWhere<T>(filter: Filter<T> | undefined, _: Command): Where {
  return whereOfParsed(parseFilter(filter), _);
}

/**
 * The documents after a keyset position, for `orderBy(field).orderBy('_id')`. MongoDB sorts null and missing
 * first ascending and last descending, and `$gt`/`$lt` never match null, so those positions need their own terms
 * (the same as the SQLite adapter's).
 */
export function afterKeyset(ordering: Ordering, at: Keyset, _: Command): Where {
  const asc = ordering.direction === 'asc';
  const idAfter = asc ? _.gt(at.id) : _.lt(at.id);
  if (ordering.field === 'id') return { _id: idAfter };
  const key = cloudKey(ordering.field);
  if (at.value === null) {
    return asc ? _.or([{ [key]: _.neq(null) }, { [key]: null, _id: idAfter }]) : { [key]: null, _id: idAfter };
  }
  const value: Scalar = at.value;
  const beyond = asc ? _.gt(value) : _.lt(value);
  const terms: Record<string, unknown>[] = [{ [key]: beyond }, { [key]: value, _id: idAfter }];
  if (!asc) terms.push({ [key]: null });
  return _.or(terms);
}

/** A filter and, when paging on, the keyset condition. */
export function pageWhere(filter: Where, after: Where | null, _: Command): Where {
  return after ? _.and([filter, after]) : filter;
}
