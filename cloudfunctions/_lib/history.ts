// Saving a master-data record with its history. An edit names the edit version it was made on (`ifVersion`, the
// record's `revision`): a newer one stored is CONFLICT and nothing changes. The write itself is compare-and-set on
// the store's version; when the service repeated something on the record meanwhile (a routing timestamp, a search
// key), the save decides again on the fresh record — core's pure `decide` — rather than failing. Then one `changes`
// document names who changed which field from what to what. A save that changes no tracked field leaves the edit
// version as it was (and writes only what the service repeats, if that moved).
import { AppError, isAppError } from '../../core/errors';
import { fieldChanges, recordKeyOf, type ChangeDoc, type RecordKind } from '../../core/masterdata/changes';
import { revisionOf, type MasterRecord } from '../../core/model';
import { toInstant } from '../../core/time';
import type { FullCollection } from '../../platform/collections';
import type { UserCtx } from './ticket-store';
import { newRecordId } from './record-ids';

export const STALE_EDIT = '该记录已被他人修改，请刷新后再保存';
const ATTEMPTS = 5;

export interface Saved<T> {
  doc: T;
  /** a new record was stored (false for a create whose id was there: the caller tells a replay from a clash) */
  created: boolean;
  /** false: nothing tracked changed (the edit version stayed) */
  changed: boolean;
}

export interface SaveOptions {
  kind: RecordKind;
  /** `customer:<id>` for a customer's records, else the record's own key */
  scope: string;
  /** the edit version the caller read: an edit of a newer one is refused */
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

/** The edit was made on the record as stored now, or it is refused (nothing written). */
export function requireCurrentVersion(current: MasterRecord | null, ifVersion: number | undefined): void {
  if (ifVersion === undefined) return;
  if (!current) throw new AppError('NOT_FOUND', '记录不存在或已删除，请刷新');
  if (revisionOf(current) !== ifVersion) {
    throw new AppError('CONFLICT', STALE_EDIT, [
      { path: 'ifVersion', message: `当前版本为 ${revisionOf(current)}，您修改的是版本 ${ifVersion}` },
    ]);
  }
}

type Draft<T> = Omit<T, 'version' | 'revision'>;

/**
 * Saves the record `id` as `decide` makes it from what is stored (null: nothing yet) with its history. `initial` is
 * the record as the caller already read it (spares the first read).
 */
export async function saveRecord<T extends MasterRecord>(
  ctx: UserCtx,
  collection: FullCollection<T>,
  id: string,
  decide: (current: T | null) => Draft<T>,
  o: SaveOptions & { initial?: T | null },
): Promise<Saved<T>> {
  for (let attempt = 1; ; attempt++) {
    const current = attempt === 1 && o.initial !== undefined ? o.initial : await collection.get(id);
    requireCurrentVersion(current, o.ifVersion);
    const draft = decide(current);
    if (!current) {
      const { doc, created } = await collection.insertIfAbsent({ ...draft, revision: 1 } as never);
      if (created) await recordChange(ctx, { ...o, recordId: id, recordVersion: 1, before: null, after: doc });
      return { doc, created, changed: created };
    }
    const tracked = fieldChanges(o.kind, current, draft).length > 0;
    const revision = revisionOf(current) + (tracked ? 1 : 0);
    const next = { ...draft, id, revision, version: current.version } as unknown as T;
    if (!tracked && !repeatsChanged(current, next)) return { doc: current, created: false, changed: false };
    let doc: T;
    try {
      doc = await collection.replace(next, { ifVersion: current.version });
    } catch (e) {
      // written meanwhile: decide again on what is stored now (a stale edit then fails the version check above)
      if (isAppError(e) && e.code === 'CONFLICT' && !e.details.length) {
        if (attempt < ATTEMPTS) continue;
        throw new AppError('CONFLICT', STALE_EDIT);
      }
      throw e;
    }
    if (tracked) await recordChange(ctx, { ...o, recordId: id, recordVersion: revision, before: current, after: doc });
    return { doc, created: false, changed: tracked };
  }
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
function repeatsChanged(current: object, next: object): boolean {
  const strip = (d: object) => {
    const { updatedAt: _u, version: _v, revision: _r, ...rest } = d as Record<string, unknown>;
    return stable(rest);
  };
  return strip(current) !== strip(next);
}
