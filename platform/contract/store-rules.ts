// The rules both store adapters share: what a filter may say, page limits, keyset cursors, the messages callers see.
import { AppError } from '../../core/errors';
import type { Condition, Filter, FindOptions, Page, Scalar } from '../ports';

export const STORE_MESSAGES = {
  exists: '记录已存在',
  duplicate: '该编号已被其他记录使用',
  changed: '记录已被他人修改，请刷新后重试',
  notFound: '记录不存在',
  badField: '查询字段无效',
  badCondition: '查询条件无效',
  badCursor: '分页参数无效，请从第一页重新加载',
  badLimit: '每页条数应为 1 到 1000 之间的整数',
  badCollection: '集合名称无效',
  badSortValue: '排序字段必须是字符串、数字或布尔值',
} as const;

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 1000;

// Field paths and collection names are written into SQL (json_extract paths, table names) and into CloudBase keys,
// so they are checked against a strict grammar; values never are: they are bound parameters / EJSON values.
const FIELD_PATH = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;
const COLLECTION_NAME = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

export function checkFieldPath(path: string): string {
  if (!FIELD_PATH.test(path))
    throw new AppError('VALIDATION_FAILED', `${STORE_MESSAGES.badField}：${path.slice(0, 64)}`);
  return path;
}

export function checkCollectionName(name: string): string {
  if (!COLLECTION_NAME.test(name))
    throw new AppError('VALIDATION_FAILED', `${STORE_MESSAGES.badCollection}：${name.slice(0, 64)}`);
  return name;
}

export type RangeOp = 'gt' | 'gte' | 'lt' | 'lte';
export type Bound = { op: RangeOp; value: string | number };

/** A field condition, validated and normalised: what each adapter translates. */
export type ParsedCondition =
  | { op: 'eq'; value: Scalar }
  | { op: 'ne'; value: Scalar }
  | { op: 'in'; values: Scalar[] }
  | { op: 'has'; value: Scalar }
  | { op: 'range'; bounds: Bound[] };

export interface FieldCondition {
  path: string;
  condition: ParsedCondition;
}

export interface ParsedFilter {
  fields: FieldCondition[];
  and: ParsedFilter[];
}

const RANGE_OPS: readonly RangeOp[] = ['gt', 'gte', 'lt', 'lte'];

function badCondition(path: string): AppError {
  return new AppError('VALIDATION_FAILED', `${STORE_MESSAGES.badCondition}：${path}`);
}

function checkScalar(value: unknown, path: string): Scalar {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  throw badCondition(path);
}

function checkBound(value: unknown, path: string): string | number {
  if (typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))) return value;
  throw badCondition(path);
}

export function parseCondition(path: string, condition: Condition): ParsedCondition {
  if (condition === null || typeof condition !== 'object') return { op: 'eq', value: checkScalar(condition, path) };
  const keys = Object.keys(condition).filter((k) => (condition as Record<string, unknown>)[k] !== undefined);
  const c = condition as Record<string, unknown>;
  if (keys.length === 1 && keys[0] === 'eq') return { op: 'eq', value: checkScalar(c.eq, path) };
  if (keys.length === 1 && keys[0] === 'ne') return { op: 'ne', value: checkScalar(c.ne, path) };
  if (keys.length === 1 && keys[0] === 'has') {
    if (c.has === null) throw badCondition(path);
    return { op: 'has', value: checkScalar(c.has, path) };
  }
  if (keys.length === 1 && keys[0] === 'in') {
    if (!Array.isArray(c.in)) throw badCondition(path);
    return { op: 'in', values: c.in.map((v) => checkScalar(v, path)) };
  }
  if (keys.length === 0 || !keys.every((k) => (RANGE_OPS as readonly string[]).includes(k))) throw badCondition(path);
  return { op: 'range', bounds: keys.map((k) => ({ op: k as RangeOp, value: checkBound(c[k], path) })) };
}

/**
 * Validates a filter into the normalised form. A field whose condition is `undefined` is no condition at all, as in
 * the CloudBase SDK (which drops undefined keys): callers spreading optional inputs get the same result on both.
 */
export function parseFilter<T>(filter: Filter<T> | undefined): ParsedFilter {
  const parsed: ParsedFilter = { fields: [], and: [] };
  if (!filter) return parsed;
  for (const [key, value] of Object.entries(filter as Record<string, unknown>)) {
    if (value === undefined) continue;
    if (key === 'and') {
      if (!Array.isArray(value)) throw badCondition('and');
      parsed.and.push(...value.map((f) => parseFilter(f as Filter<T>)));
      continue;
    }
    parsed.fields.push({ path: checkFieldPath(key), condition: parseCondition(key, value as Condition) });
  }
  return parsed;
}

// ---------------------------------------------------------------- ordering, limits, keyset cursors

export interface Ordering {
  field: string;
  direction: 'asc' | 'desc';
}

export function orderingOf<T>(options: FindOptions<T> | undefined): Ordering {
  const field = options?.orderBy?.field ?? 'id';
  return { field: checkFieldPath(field), direction: options?.orderBy?.direction === 'desc' ? 'desc' : 'asc' };
}

export function pageLimit(limit: number | undefined): number {
  if (limit === undefined) return DEFAULT_LIMIT;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT)
    throw new AppError('VALIDATION_FAILED', STORE_MESSAGES.badLimit);
  return limit;
}

/** The position after the last item of a page: its sort value and its id (the tie-breaker). */
export interface Keyset {
  value: Scalar;
  id: string;
}

export function encodeCursor(keyset: Keyset): string {
  return Buffer.from(JSON.stringify([keyset.value, keyset.id]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): Keyset {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new AppError('VALIDATION_FAILED', STORE_MESSAGES.badCursor);
  }
  if (!Array.isArray(parsed) || parsed.length !== 2) throw new AppError('VALIDATION_FAILED', STORE_MESSAGES.badCursor);
  const [value, id] = parsed as unknown[];
  const scalar = value === null || ['string', 'number', 'boolean'].includes(typeof value);
  if (!scalar || typeof id !== 'string') throw new AppError('VALIDATION_FAILED', STORE_MESSAGES.badCursor);
  return { value: value as Scalar, id };
}

/** The value at a dotted path of a document; a missing field reads as null (as both databases sort it). */
export function valueAt(doc: object, path: string): unknown {
  let at: unknown = doc;
  for (const part of path.split('.')) {
    if (at === null || typeof at !== 'object') return null;
    at = (at as Record<string, unknown>)[part];
  }
  return at === undefined ? null : at;
}

export function keysetOf(doc: { id: string }, field: string): Keyset {
  const value = valueAt(doc, field);
  if (value !== null && typeof value === 'object') throw new AppError('VALIDATION_FAILED', STORE_MESSAGES.badSortValue);
  return { value: value as Scalar, id: doc.id };
}

/**
 * A page from rows fetched with limit + 1: the extra row only says that another page exists. `fetchCap` is the most
 * rows the database returns at once (CloudBase: 1000); when limit + 1 exceeds it, a full page gets a cursor, and
 * the next page may come back empty.
 */
export function pageOf<T extends { id: string }>(
  rows: T[],
  limit: number,
  ordering: Ordering,
  fetchCap = Infinity,
): Page<T> {
  const items = rows.slice(0, limit);
  const more = rows.length > limit || (limit + 1 > fetchCap && rows.length === limit);
  const last = items[items.length - 1];
  return { items, nextCursor: more && last ? encodeCursor(keysetOf(last, ordering.field)) : null };
}

// ---------------------------------------------------------------- writes

// Top-level keys become MongoDB field names on CloudBase: a dot would address a nested field, a leading $ an
// operator. Both adapters refuse them, so a document valid on one platform is valid on the other.
const TOP_LEVEL_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function checkTopLevelKeys(fields: object): void {
  for (const key of Object.keys(fields)) {
    if (!TOP_LEVEL_KEY.test(key)) throw new AppError('VALIDATION_FAILED', `字段名无效：${key.slice(0, 64)}`);
  }
}

/** increment()'s field and step: a plain top-level key the store does not own, and a finite number. */
export function checkIncrement(field: string, by: number): string {
  if (!TOP_LEVEL_KEY.test(field) || field === 'id' || field === 'version') {
    throw new AppError('VALIDATION_FAILED', `字段名无效：${field.slice(0, 64)}`);
  }
  if (!Number.isFinite(by)) throw new AppError('VALIDATION_FAILED', '增量必须是有限数值');
  return field;
}

/** The store owns `id` and `version`: a patch or a new document cannot set them. */
export function withoutStoreFields(fields: object): Record<string, unknown> {
  const { id: _id, version: _version, ...rest } = fields as Record<string, unknown>;
  return rest;
}

/**
 * The document after a shallow merge, as JSON would store it: a patch key set to `undefined` removes the field.
 * Both adapters return exactly this.
 */
export function mergedDoc<T>(current: { id: string }, patch: object, version: number): T {
  checkTopLevelKeys(patch);
  const merged = { ...current, ...withoutStoreFields(patch), id: current.id, version };
  return JSON.parse(JSON.stringify(merged)) as T;
}

/** The whole new document for a replace, normalised the same way. */
export function replacedDoc<T>(doc: { id: string }, version: number): T {
  checkTopLevelKeys(doc);
  return JSON.parse(JSON.stringify({ ...withoutStoreFields(doc), id: doc.id, version })) as T;
}

export function conflict(): AppError {
  return new AppError('CONFLICT', STORE_MESSAGES.changed);
}

export function notFound(message: string = STORE_MESSAGES.notFound): AppError {
  return new AppError('NOT_FOUND', message);
}
