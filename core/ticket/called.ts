// The inbox of open tickets calling on an expert or a technician now (tickets.list, scope 'called'): those they hold
// and those they may act on — for an expert every open major fault and every escalation to the expert team, for a
// technician what they may take — most urgent first (the earliest running deadline), then the newest.
import { AppError } from '../errors';
import type { UserCaller } from '../identity/caller';
import { takeRefusal, type Standing } from './permissions';
import { OPEN_STATUSES } from './transitions';
import type { TicketDoc } from './types';

export function callsOn(caller: UserCaller, t: TicketDoc, standing: Standing): boolean {
  if (!OPEN_STATUSES.includes(t.status)) return false;
  if (t.assigneeId === caller.userId) return true;
  if (caller.role === 'expert' && (t.severity === 'major' || t.sla.escalationLevel >= 2)) return true;
  return takeRefusal(caller, t, standing) === null;
}

type Key = [urgentDueAt: string, createdAt: string, id: string];

// no running deadline sorts after every instant
const keyOf = (t: TicketDoc): Key => [t.sla.urgentDueAt ?? '~', t.createdAt, t.id];

/** Most urgent deadline first; then the newest; then by id (a total order, so pages never repeat or skip). */
function compare(a: Key, b: Key): number {
  if (a[0] !== b[0]) return a[0] < b[0] ? -1 : 1;
  if (a[1] !== b[1]) return a[1] > b[1] ? -1 : 1;
  return a[2] === b[2] ? 0 : a[2] > b[2] ? -1 : 1;
}

// the cursor is the last item's key in plain text (instants and ids never contain "|")
const encode = (k: Key) => k.join('|');

function decode(cursor: string): Key {
  const parts = cursor.split('|');
  if (parts.length !== 3 || parts.some((p) => p.length === 0)) {
    throw new AppError('VALIDATION_FAILED', '分页游标无效，请刷新列表');
  }
  return parts as Key;
}

/** One page of the called inbox from the candidate tickets (any order, duplicates allowed). */
export function calledPage(
  caller: UserCaller,
  candidates: readonly TicketDoc[],
  standing: Standing,
  page: { limit: number; cursor?: string | null | undefined },
): { items: TicketDoc[]; nextCursor: string | null } {
  const unique = new Map(candidates.map((t) => [t.id, t]));
  const sorted = [...unique.values()]
    .filter((t) => callsOn(caller, t, standing))
    .map((t) => ({ t, key: keyOf(t) }))
    .sort((a, b) => compare(a.key, b.key));
  const after = page.cursor ? decode(page.cursor) : null;
  const start = after ? sorted.findIndex((x) => compare(x.key, after) > 0) : 0;
  const rest = start < 0 ? [] : sorted.slice(start);
  const items = rest.slice(0, page.limit);
  return {
    items: items.map((x) => x.t),
    nextCursor: rest.length > page.limit ? encode(items.at(-1)!.key) : null,
  };
}
