// Saving a master-data record with its history: compare-and-set on the version the desk read (a stale edit is
// CONFLICT and changes nothing), then one `changes` document naming who changed which field from what to what. A save
// that changes no tracked field writes nothing at all. A create whose id already exists is a replay (the same
// request) and answers the stored record.
import { AppError, isAppError } from '../../core/errors';
import { fieldChanges, recordKeyOf, type ChangeDoc, type RecordKind } from '../../core/masterdata/changes';
import type { StoredDoc } from '../../core/model';
import { toInstant } from '../../core/time';
import type { FullCollection } from '../../platform/collections';
import type { UserCtx } from './ticket-store';
import { newRecordId } from './record-ids';

export const STALE_EDIT = '该记录已被他人修改，请刷新后再保存';

export interface Saved<T> {
  doc: T;
  created: boolean;
  /** false: nothing tracked changed (nothing was written) */
  changed: boolean;
}

interface SaveOptions {
  kind: RecordKind;
  /** `customer:<id>` for a customer's records, else the record's own key */
  scope: string;
  /** the version the caller read: an edit of a newer version is refused */
  ifVersion?: number | undefined;
  /** what history says the save was (default: create or update) */
  action?: ChangeDoc['action'];
  note?: string;
}

/** Writes the history of one save (after the record's own write). */
export async function recordChange(
  ctx: UserCtx,
  o: SaveOptions & { recordId: string; recordVersion: number; before: object | null; after: object },
): Promise<void> {
  const fields = fieldChanges(o.kind, o.before, o.after);
  if (!fields.length) return;
  const me = await ctx.db.users.get(ctx.caller.userId);
  await ctx.db.changes.insert({
    id: newRecordId('chg', ctx.now),
    kind: o.kind,
    recordId: o.recordId,
    recordKey: recordKeyOf(o.kind, o.recordId),
    scope: o.scope,
    recordVersion: o.recordVersion,
    action: o.action ?? (o.before ? 'update' : 'create'),
    fields,
    by: ctx.caller.userId,
    byName: me?.name ?? ctx.caller.userId,
    byRole: ctx.caller.role,
    at: toInstant(ctx.now),
    ...(o.note ? { note: o.note } : {}),
  });
}

/** The edit's base version is the stored one, or the edit is refused (nothing written). */
export function requireCurrentVersion(current: StoredDoc | null, ifVersion: number | undefined): void {
  if (ifVersion === undefined) return;
  if (!current) throw new AppError('NOT_FOUND', '记录不存在或已删除，请刷新');
  if (current.version !== ifVersion) {
    throw new AppError('CONFLICT', STALE_EDIT, [
      { path: 'ifVersion', message: `当前版本为 ${current.version}，您修改的是版本 ${ifVersion}` },
    ]);
  }
}

/**
 * Saves `next` over `current` (null: a new record) with history. An edit goes through compare-and-set against the
 * version it was decided from; a concurrent write in between is CONFLICT, like a stale ifVersion.
 */
export async function saveWithHistory<T extends StoredDoc>(
  ctx: UserCtx,
  collection: FullCollection<T>,
  current: T | null,
  next: Omit<T, 'version'>,
  o: SaveOptions,
): Promise<Saved<T>> {
  requireCurrentVersion(current, o.ifVersion);
  if (!current) {
    const { doc, created } = await collection.insertIfAbsent(next as never);
    if (created) await recordChange(ctx, { ...o, recordId: doc.id, recordVersion: doc.version, before: null, after: doc });
    return { doc, created, changed: created };
  }
  const candidate = { ...next, version: current.version } as unknown as T;
  if (!fieldChanges(o.kind, current, candidate).length && !derivedChanged(current, candidate)) {
    return { doc: current, created: false, changed: false };
  }
  let doc: T;
  try {
    doc = await collection.replace(candidate, { ifVersion: current.version });
  } catch (e) {
    if (isAppError(e) && e.code === 'CONFLICT' && !e.details.length) throw new AppError('CONFLICT', STALE_EDIT);
    throw e;
  }
  await recordChange(ctx, { ...o, recordId: doc.id, recordVersion: doc.version, before: current, after: doc });
  return { doc, created: false, changed: true };
}

/** JSON with object keys sorted: two documents with the same content compare equal whatever their key order. */
function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${stable(v)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Something the record repeats of others (an address, search keys) changed though no tracked field did. */
function derivedChanged(current: object, next: object): boolean {
  const strip = (d: object) => {
    const { updatedAt: _u, version: _v, ...rest } = d as Record<string, unknown>;
    return stable(rest);
  };
  return strip(current) !== strip(next);
}
