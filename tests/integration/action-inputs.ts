// Every action of the action map, as the integration tests call it: the functions and actions come from the registry
// (FUNCTIONS, checked against API), and each action's input is its entry's `example` with the fixture world's real
// records put in, field by field, from one table (FIXTURES). A new action whose example has a field the table does not
// know still gets its access cells; its other cells fail with the list of fields to add (one line each).
import type { ActionSpec } from '../../core/api';
import { FUNCTIONS } from '../../cloudfunctions/registry';
import type { OrgWorld, TicketFixture, World } from './authz-world';
import { PNG, uploadAs } from './fixtures';
import type { Host } from './harness';

export interface ActionEntry {
  fn: string;
  action: string;
  /** "fn.action" */
  key: string;
  spec: ActionSpec;
}

/** Every action the host serves, in the registry's order (each bound to its API entry: registry.ts checks that). */
export function allActions(): ActionEntry[] {
  return Object.values(FUNCTIONS).flatMap((def) =>
    Object.entries(def.actions).map(([action, d]) => ({
      fn: def.name,
      action,
      key: `${def.name}.${action}`,
      spec: d.spec,
    })),
  );
}

/** What a cell knows when it fills an input in. */
export interface InputContext {
  host: Host;
  world: World;
  /** the organisation whose records the input names */
  org: OrgWorld;
  /** the ticket the input names (cells over every ticket state when a field is ticket-scoped) */
  ticket: TicketFixture;
  /** the caller's token, '' for none: fixtures that upload do so as the caller */
  token: string;
  /** the example's value of this field */
  example: unknown;
  /** a fresh clientRequestId */
  requestId(): string;
}

/**
 * What a field's value names: a ticket (outsiders must get nothing back), an organisation's record (a customer of
 * another organisation must get nothing back; staff may see devices and customers of all) or nothing in particular.
 */
export type Scope = 'ticket' | 'org' | 'none';

export interface Fixture {
  scope: Scope;
  value(c: InputContext): unknown;
}

const fixture = (scope: Scope, value: Fixture['value']): Fixture => ({ scope, value });
/** the example's own value is right as it is (a reason, a score, a date …) */
const AS_IN_EXAMPLE = fixture('none', (c) => c.example);
const TICKET_ID = fixture('ticket', (c) => c.ticket.id);
/**
 * A fresh upload of the caller's own, its file id (a report may reference only its reporter's photos, a resolve only
 * its handler's signature); the example's value when the caller may not upload it.
 */
export const ownUpload = (purpose: string, bytes: Buffer = PNG, type = 'image/png') =>
  fixture('none', async (c) => {
    if (!c.token) return c.example;
    const reply = await uploadAs(c.host, c.token, purpose, bytes, type);
    return reply.status === 200 ? reply.body.data.upload.fileId : c.example;
  });

/** Every day open around the clock for the expert (saved again before each booking fixture: cells may change it). */
async function openHours(host: Host): Promise<void> {
  const expert = await host.login('e-2901');
  const weekly = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, from: '00:00', to: '24:00' }));
  await host.ok('availability', 'save', { userId: 'e-2901', weekly, exceptions: [] }, expert);
}

/** The first free slot of the next two weeks, as the organisation's customer sees them. */
async function freeSlot(c: InputContext): Promise<string> {
  await openHours(c.host);
  const customer = await c.host.login(c.org.customerUser);
  const today = (await c.host.advanceClock(0)).slice(0, 10);
  const to = new Date(Date.parse(`${today}T00:00:00Z`) + 13 * 86_400_000).toISOString().slice(0, 10);
  const { slots } = await c.host.ok('bookings', 'slots', { from: today, to }, customer);
  const free = (slots as { start: string; available: boolean }[]).find((s) => s.available);
  if (!free) throw new Error('no free video slot left for the fixtures');
  return free.start;
}

/** A fresh booking of the organisation's customer (a video session inputs name by `id`). */
const BOOKING_ID = fixture('org', async (c) => {
  const start = await freeSlot(c);
  const customer = await c.host.login(c.org.customerUser);
  const { booking } = await c.host.ok(
    'bookings',
    'book',
    { start, topic: '权限矩阵：远程视频指导', clientRequestId: c.requestId() },
    customer,
  );
  return booking.id as string;
});

/**
 * The table: a field's value by `fn.action.field`, then `fn.field`, then `field`. A bare `id` has no line: it names a
 * ticket in tickets and sla, and would name a customer in customers, a booking in bookings — each function says which.
 * A new action whose example has a field with no line fails the matrix's first test, naming it: add the line here.
 */
export const FIXTURES: Record<string, Fixture> = {
  // records of the target organisation
  'tickets.id': TICKET_ID,
  'sla.id': TICKET_ID,
  'bookings.id': BOOKING_ID,
  'bookings.start': fixture('none', freeSlot),
  'bookings.fileId': ownUpload('photo'),
  ticketId: TICKET_ID,
  serial: fixture('org', (c) => c.org.serial),
  customerId: fixture('org', (c) => c.org.customerId),
  technicianId: fixture('none', (c) => c.org.handler),
  handlerSignature: ownUpload('signature'),
  photos: fixture('none', async (c) => [await ownUpload('photo').value(c)]),
  clientRequestId: fixture('none', (c) => c.requestId()),
  code: fixture('none', (c) => c.world.invitationCode),
  // master data: the target organisation's records
  'customers.id': fixture('org', (c) => c.org.customerId),
  'changes.list.recordId': fixture('org', (c) => c.org.customerId),
  'devices.labels.serials': fixture('org', (c) => [c.org.serial]),
  customerSignature: ownUpload('signature'),
  // a contact that names nobody of either organisation (the example's is c-1001's own: it would read as a leak)
  'customers.saveContact.contact': fixture('none', () => ({ name: '权限矩阵联系人', phone: '13700009999' })),
  // the fixtures' tickets were taken on remotely (an on-site resolve needs an arrival first)
  'tickets.resolve.mode': fixture('none', () => 'remote'),
  // the demo station and its people (rosters)
  stationId: AS_IN_EXAMPLE,
  fromUserId: AS_IN_EXAMPLE,
  toUserId: AS_IN_EXAMPLE,
  // auth.devLogin { userId }: a demo user
  userId: AS_IN_EXAMPLE,
  // files.register names a cloud-storage file: on the local host it is not there (NOT_FOUND), as it should be
  fileId: AS_IN_EXAMPLE,
  // values that name no record
  ...Object.fromEntries(
    [
      'role',
      'severity',
      'description',
      'category',
      'scope',
      'limit',
      'reason',
      'note',
      'location',
      'cause',
      'actions',
      'mode',
      'partsUsed',
      'override',
      'kind',
      'plan',
      'scores',
      'comment',
      'from',
      'to',
      'groupBy',
      'purpose',
      'contentType',
      'bytes',
      'size',
      'all',
      'accepted',
      'date',
      'weekStart',
      'entries',
      'shift',
      'year',
      'source',
      'days',
      'text',
      'milestone',
      'topic',
      'status',
      'upcoming',
      'outcome',
      'notes',
      'weekly',
      'exceptions',
      // master data: new records (a customer, a site, a device, a person, a station) that name no seeded one
      'q',
      'customer',
      'site',
      'device',
      'user',
      'station',
      'acceptedAt',
      'checklist',
      'customerSignerName',
      'channel',
      'callerName',
      'callerPhone',
      'name',
      'phone',
    ].map((f) => [f, AS_IN_EXAMPLE]),
  ),
};

export function fixtureFor(entry: ActionEntry, field: string): Fixture | undefined {
  return FIXTURES[`${entry.key}.${field}`] ?? FIXTURES[`${entry.fn}.${field}`] ?? FIXTURES[field];
}

const exampleOf = (entry: ActionEntry) => (entry.spec.example ?? {}) as Record<string, unknown>;

/** The example's fields the table has no line for. */
export function missingFixtures(entry: ActionEntry): string[] {
  return Object.keys(exampleOf(entry)).filter((f) => !fixtureFor(entry, f));
}

/** The scopes of the records the action's input names. */
export function scopesOf(entry: ActionEntry): Set<Scope> {
  return new Set(Object.keys(exampleOf(entry)).map((f) => fixtureFor(entry, f)?.scope ?? 'none'));
}

/** The example with the world's records put in (fields without a line keep the example's value). */
export async function inputFor(entry: ActionEntry, c: Omit<InputContext, 'example'>): Promise<Record<string, unknown>> {
  const input: Record<string, unknown> = {};
  for (const [field, example] of Object.entries(exampleOf(entry))) {
    const f = fixtureFor(entry, field);
    input[field] = f ? await f.value({ ...c, example }) : example;
  }
  return input;
}

export interface CallReply {
  status: number;
  /** the reply body as sent (parsed when it is JSON) */
  body: any;
  text: string;
}

/**
 * Calls the action as the app does: POST /api/<fn> { action, data }, or — for an input that carries file bytes — the
 * raw upload route POST /api/_upload?purpose=… with the bytes as the body.
 */
export async function send(host: Host, entry: ActionEntry, input: unknown, token: string): Promise<CallReply> {
  const auth: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  const data = input as Record<string, unknown> | null;
  const res =
    data && typeof data === 'object' && data.bytes instanceof Uint8Array
      ? await host.raw(`/api/_upload?purpose=${encodeURIComponent(String(data.purpose))}`, {
          method: 'POST',
          headers: { 'content-type': String(data.contentType), ...auth },
          body: data.bytes,
        })
      : await host.raw(`/api/${entry.fn}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...auth },
          body: JSON.stringify({ action: entry.action, data: input }),
        });
  const text = await res.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: res.status, body, text };
}
