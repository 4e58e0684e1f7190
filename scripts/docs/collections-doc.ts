// The CloudBase index list of docs/deploy-cloudbase.md, generated from COLLECTIONS (platform/collections.ts): each
// index with the query it serves. SERVES is written by hand from the queries in cloudfunctions/ and platform/; a unit
// test fails when an index has no entry, or an entry no index. Written as prettier formats it (the file is checked).
import { COLLECTIONS, type CollectionName } from '../../platform/collections';
import { arrayIndexNameOf, indexNameOf } from '../../platform/cloudbase/indexes';

export const COLLECTIONS_START = '<!-- collections:start -->';
export const COLLECTIONS_END = '<!-- collections:end -->';

/** What each index is for, by `collection.field`; a collection without indexes by its name alone. */
export const SERVES: Readonly<Record<string, string>> = {
  'users.role':
    'named query `users.withRoles`: routing’s technicians, the desk and the experts (every report, `sla.run`, `rosters.onDuty`, the statistics)',
  'users.customerId': 'no query today (a user is read by id)',
  'users.stationId':
    'named query `users.atStation`: a station’s members (`rosters.week`, `rosters.save`, `rosters.swap`)',
  'users.openid':
    'named query `users.byOpenid` and the CloudBase caller lookup (`platform/contract/callers.ts`): who a WeChat OPENID is',
  'customers.region': 'no query today (a customer is read by id)',
  'stations.region': 'no query today (the stations are read whole)',
  'devices.customerId': 'named query `devices.ofCustomer` and `devices.list`: a customer’s devices',
  'devices.serial':
    'named queries `devices.bySerial`, `devices.bySerials`: `tickets.report`, `devices.warranty`, `tickets.resolve`, `sla.run`; `devices.list`’s order',
  'invitations.expiresAt': 'no query today (an invitation is read by its code, which is its id)',
  'invitations.code': 'one invitation per code (`auth.invite` draws again on a clash)',
  'tickets.status': '`sla.board`: the open tickets; `tickets.list`: the queue and a status filter; `tickets.autoClose`',
  'tickets.customerId': '`tickets.list`: a customer’s tickets',
  'tickets.assigneeId': '`tickets.list`: a technician’s tickets (and `scope: "mine"`)',
  'tickets.serial': 'no query today (a device’s tickets)',
  'tickets.sla.nextDueAt': '`sla.run`: the due tickets, in deadline order',
  'tickets.createdAt': '`tickets.list`: newest first; `sla.attainment`: the tickets reported in a period',
  'tickets.resolvedAt': '`tickets.autoClose`: resolved before the rating window; `surveys.stats`: resolved in a period',
  'tickets.loadOf': 'named query `tickets.openLoadOf` — routing: a technician’s open load',
  counters: 'read by id (the day’s ticket-number sequence)',
  clientRequests: 'read by id (one per `tickets.report` request: what makes a replay return the first ticket)',
  'uploads.ownerId': 'no query today (an upload is read by id: owner and file)',
  'surveys.ticketId': 'no query today (a ticket’s survey is read by id)',
  'surveys.technicianId': 'no query today (`surveys.stats` reads the surveys of the resolved tickets by id)',
  'surveys.stationId': 'no query today (`surveys.stats` reads the surveys of the resolved tickets by id)',
  'surveys.submittedAt': 'no query today',
  'outbox.to':
    'named queries `outbox.unreadCount`, `outbox.unreadOf` and `notifications.list`: a user’s messages and unread count',
  'outbox.createdAt': '`notifications.list`: newest first',
  'rosters.stationId': 'no query today (a station’s week is read by id)',
  'rosters.weekStart': 'named query `rosters.ofWeek`: the week’s rosters for routing, `sla.run` and `rosters.onDuty`',
  subscriptions: 'read by id (a user’s remaining WeChat subscription grants)',
  rateLimits:
    'read and bumped by id (one counter per action, caller and 10-minute window: the rate limits in dispatch)',
  holidayYears:
    'read whole (a handful of years an admin entered: `holidayYears.entered`, once per request that computes a calendar)',
};

export interface IndexRow {
  collection: CollectionName;
  /** `collection.field`, or the collection's name when it has no index */
  key: string;
  /** the index's name on CloudBase (and on the local host's SQLite), '' for none */
  name: string;
  index: string;
  kind: string;
}

/** Every index CloudBase needs, in COLLECTIONS order; a collection without any gets one row saying so. */
export function indexRows(): IndexRow[] {
  const rows: IndexRow[] = [];
  for (const [name, spec] of Object.entries(COLLECTIONS) as [
    CollectionName,
    { indexes: readonly string[]; unique?: readonly string[]; arrays?: readonly string[] },
  ][]) {
    for (const field of spec.indexes) {
      rows.push({
        collection: name,
        key: `${name}.${field}`,
        name: indexNameOf(name, field),
        index: `\`${field}\`, \`_id\``,
        kind: 'compound',
      });
    }
    for (const field of spec.unique ?? []) {
      rows.push({
        collection: name,
        key: `${name}.${field}`,
        name: indexNameOf(name, field, true),
        index: `\`${field}\``,
        kind: 'unique, sparse',
      });
    }
    for (const field of spec.arrays ?? []) {
      rows.push({
        collection: name,
        key: `${name}.${field}`,
        name: arrayIndexNameOf(name, field),
        index: `\`${field}\``,
        kind: 'array (multikey)',
      });
    }
    if (spec.indexes.length === 0 && !spec.unique?.length) {
      rows.push({ collection: name, key: name, name: '', index: '(none)', kind: '' });
    }
  }
  return rows;
}

/** How wide a cell's text is in a fixed-width font: CJK and full-width characters count twice (as prettier counts). */
function widthOf(text: string): number {
  let width = 0;
  for (const ch of text)
    width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch)
      ? 2
      : 1;
  return width;
}

/** A markdown table with its columns aligned, as prettier writes it. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(3, widthOf(h), ...rows.map((r) => widthOf(r[i] ?? ''))));
  const line = (cells: readonly string[]) =>
    `| ${cells.map((c, i) => c + ' '.repeat(widths[i]! - widthOf(c))).join(' | ')} |`;
  return [line(header), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.map(line)].join('\n');
}

/** The table between the markers, and what "sparse" means. */
export function renderIndexTable(): string {
  const rows = indexRows().map((row) => [
    `\`${row.collection}\``,
    row.name ? `\`${row.name}\`` : '',
    row.index,
    row.kind,
    SERVES[row.key] ?? '**missing**',
  ]);
  const table = markdownTable(['collection', 'name', 'index (fields)', 'kind', 'serves'], rows);
  return `${table}\n\nA unique index is sparse: documents without the field are not counted.`;
}

/** `doc` with the text between the collection markers replaced by the generated table. */
export function withIndexTable(doc: string): string {
  const start = doc.indexOf(COLLECTIONS_START);
  const end = doc.indexOf(COLLECTIONS_END);
  if (start < 0 || end < start)
    throw new Error(`docs/deploy-cloudbase.md needs ${COLLECTIONS_START} … ${COLLECTIONS_END}`);
  return `${doc.slice(0, start + COLLECTIONS_START.length)}\n\n${renderIndexTable()}\n\n${doc.slice(end)}`;
}
