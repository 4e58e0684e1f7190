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
  'users.searchKeys':
    '`staff.list`’s `q` (named query `users.searchStaff`): a piece of a name, a phone’s start or tail',
  'users.stationId':
    'named query `users.atStation`: a station’s members (`rosters.week`, `rosters.save`, `rosters.swap`)',
  'users.openid':
    'named query `users.byOpenid` and the CloudBase caller lookup (`platform/contract/callers.ts`): who a WeChat OPENID is',
  'customers.region': '`customers.list`’s region filter (named query `customers.search`)',
  'customers.name': '`customers.list`’s order (by name, keyset pages)',
  'customers.searchKeys':
    '`customers.list`’s `q`: a piece of the name, a contact’s name or phone, a whole device serial (one element lookup)',
  'sites.customerId':
    'named query `sites.ofCustomer`: a customer’s sites (`customers.get`, every site and contact save)',
  'contacts.customerId':
    'named query `contacts.ofCustomer`: a customer’s contacts (`customers.get`, `customers.saveContact`, `tickets.reportFor`’s primary contact)',
  'stations.region': 'no query today (the stations are read whole)',
  'devices.customerId': 'named query `devices.ofCustomer` and `devices.list`: a customer’s devices',
  'devices.siteId':
    'named query `devices.ofSite` (a site save moves its devices’ address and region) and `devices.list`’s site filter',
  'devices.warrantyLastDay':
    '`devices.list`’s warranty filter: in / expiring / out as ranges of the last covered day, not accepted as null',
  'devices.searchKeys': '`devices.list`’s `q`: a piece of the serial, name or model (one element lookup)',
  'acceptances.serial':
    'named query `acceptances.ofDevice`: a device’s acceptances (`devices.accept`, `devices.history`)',
  'acceptances.acceptedAt': 'the acceptances of a period, by date: what the weekly follow-up plan starts from',
  'invitations.createdAt': '`auth.invitations`: newest first',
  'changes.recordKey': '`changes.list` of one record (named query `changes.ofRecord`), newest first',
  'changes.scope': '`changes.list` of a customer with its sites, contacts and devices (named query `changes.inScope`)',
  'devices.serial':
    'named queries `devices.bySerial`, `devices.bySerials`: `tickets.report`, `devices.warranty`, `tickets.resolve`, `sla.run`; `devices.list`’s order',
  'invitations.expiresAt': 'no query today (an invitation is read by its code, which is its id)',
  'invitations.code': 'one invitation per code (`auth.invite` draws again on a clash)',
  'tickets.status': '`sla.board`: the open tickets; `tickets.list`: the queue and a status filter; `tickets.autoClose`',
  'tickets.customerId': '`tickets.list`: a customer’s tickets',
  'tickets.assigneeId': '`tickets.list`: a technician’s tickets (and `scope: "mine"`)',
  'tickets.serial':
    'named queries `tickets.ofDevice`, `tickets.openOn`, `tickets.countOn`: a device’s tickets (`devices.history`, `devices.get`, `devices.save`)',
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
  'bookings.customerId': '`bookings.list`: a customer organisation’s video sessions',
  'bookings.expertId': '`bookings.list`: an expert’s video sessions',
  'bookings.start':
    'named query `bookings.activeStartingBetween`: what is booked in the dates `bookings.slots` and `bookings.book` look at; `bookings.list`’s order',
  'bookings.dueAt':
    'named query `bookings.due`: `bookings.remind` reads only the bookings whose reminder or call close is due',
  'bookings.ticketId': 'named query `bookings.ofTicket`: a ticket’s sessions (one active at a time)',
  availability: 'read by id (an expert’s published hours; `bookings.slots` reads the helpers’ by their ids)',
  slotClaims:
    'read and inserted by id (`expertId@slot`: insert-if-absent makes two bookings racing for one slot end with one)',
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
  return (
    `${table}\n\nA unique index is sparse: documents without the field are not counted. An array index is CloudBase’s ` +
    `ordinary index on an array field (multikey: one entry per element), which \`{ field: value }\` uses to find ` +
    `documents whose array holds the value; on SQLite it is the element table \`mk_<collection>__<field>\`, kept by triggers.`
  );
}

/** `doc` with the text between the collection markers replaced by the generated table. */
export function withIndexTable(doc: string): string {
  const start = doc.indexOf(COLLECTIONS_START);
  const end = doc.indexOf(COLLECTIONS_END);
  if (start < 0 || end < start)
    throw new Error(`docs/deploy-cloudbase.md needs ${COLLECTIONS_START} … ${COLLECTIONS_END}`);
  return `${doc.slice(0, start + COLLECTIONS_START.length)}\n\n${renderIndexTable()}\n\n${doc.slice(end)}`;
}
