// The update documents the CloudBase store sends: shallow-merge and whole-replace semantics over `merge: true` updates.
import { checkTopLevelKeys } from '../contract/store-rules';
import type { Command } from './sdk';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * One top-level field of an update. CloudBase updates merge deeply (a nested object becomes dotted $set paths, and
 * an empty object is dropped), so an object value goes through `_.set` to replace the field whole: the port's
 * shallow merge. An undefined value removes the field, as JSON does on SQLite.
 */
function fieldUpdate(value: unknown, _: Command): unknown {
  if (value === undefined) return _.remove();
  return isPlainObject(value) ? _.set(value) : value;
}

/** The update for a shallow-merge patch (the store-owned id and version already stripped). */
export function patchUpdate(patch: Record<string, unknown>, _: Command): Record<string, unknown> {
  checkTopLevelKeys(patch);
  const data: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(patch)) data[key] = fieldUpdate(value, _);
  return data;
}

/** The update turning `current` into `next` (whole replace): every field of next set, every other field removed. */
export function replaceUpdate(
  current: Record<string, unknown>,
  next: Record<string, unknown>,
  _: Command,
): Record<string, unknown> {
  const { id: _id, ...fields } = next;
  checkTopLevelKeys(fields);
  const data: Record<string, unknown> = {};
  for (const key of Object.keys(current)) {
    if (key !== 'id' && key !== '_id' && !(key in fields)) data[key] = _.remove();
  }
  for (const [key, value] of Object.entries(fields)) data[key] = fieldUpdate(value, _);
  return data;
}
