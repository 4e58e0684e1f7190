// The collections AfterCare keeps: their document types, the fields lists and timers filter by (indexes), the fields
// no two documents may share (unique), and the named queries the service layer asks them. The SQLite migrations and
// the CloudBase index list (docs/deploy-cloudbase.md) are both generated from COLLECTIONS.
import type {
  ClientRequestDoc,
  ContactDoc,
  CounterDoc,
  CustomerDoc,
  DeviceDoc,
  InvitationDoc,
  Role,
  SiteDoc,
  StationDoc,
  StoredDoc,
  SurveyDoc,
  UploadDoc,
  UserDoc,
} from '../core/model';
import type { AcceptanceDoc } from '../core/devices/acceptance';
import type { ChangeDoc } from '../core/masterdata/changes';
import {
  ACTIVE_BOOKING_STATUSES,
  type AvailabilityDoc,
  type BookingDoc,
  type SlotClaimDoc,
} from '../core/booking/types';
import type { HolidayYearDoc } from '../core/calendar/holidays';
import type { RateCounterDoc } from '../core/rate-limit';
import type { RosterDoc } from '../core/roster/roster';
import { OPEN_STATUSES } from '../core/ticket/transitions';
import type { TicketDoc } from '../core/ticket/types';
import type { OutboxDoc, SubscriptionDoc } from './contract/outbox';
import type { Collection, Filter, FindOptions, Page, Store } from './ports';

export interface CollectionSpec {
  /** fields filtered or sorted by (each indexed as (field, id)) */
  indexes: readonly string[];
  /** fields no two documents share (a document without the field is not counted) */
  unique?: readonly string[];
  /** array fields filtered by element (`{ has: value }`): indexed per element (a multikey index on CloudBase) */
  arrays?: readonly string[];
}

export const COLLECTIONS = {
  users: { indexes: ['role', 'customerId', 'stationId'], unique: ['openid'], arrays: ['searchKeys'] },
  customers: { indexes: ['region', 'name'], arrays: ['searchKeys'] },
  /** a customer's sites (现场) */
  sites: { indexes: ['customerId'] },
  /** a customer's contact people (联系人) */
  contacts: { indexes: ['customerId'] },
  stations: { indexes: ['region'] },
  devices: { indexes: ['customerId', 'siteId', 'warrantyLastDay'], unique: ['serial'], arrays: ['searchKeys'] },
  /** device acceptances (竣工验收): what the warranty and the weekly follow-up plan start from */
  acceptances: { indexes: ['serial', 'acceptedAt'] },
  invitations: { indexes: ['expiresAt', 'createdAt'], unique: ['code'] },
  /** master data edit history: one document per save (who, when, field by field) */
  changes: { indexes: ['recordKey', 'scope'] },
  tickets: {
    indexes: ['status', 'customerId', 'assigneeId', 'serial', 'sla.nextDueAt', 'createdAt', 'resolvedAt', 'loadOf'],
  },
  /** daily ticket-number sequences */
  counters: { indexes: [] },
  /** create requests by (caller, clientRequestId): what makes tickets.report idempotent */
  clientRequests: { indexes: [] },
  /** who uploaded which file (photos, signatures): a ticket may only reference its reporter's uploads */
  uploads: { indexes: ['ownerId'] },
  surveys: { indexes: ['ticketId', 'technicianId', 'stationId', 'submittedAt'] },
  outbox: { indexes: ['to', 'createdAt'] },
  /** duty rosters, one per station and week */
  rosters: { indexes: ['stationId', 'weekStart'] },
  /** each user's remaining WeChat subscription-message grants, per template */
  subscriptions: { indexes: [] },
  /** a year's holidays and make-up days entered by an admin (id = the year), for years the data package lacks */
  holidayYears: { indexes: [] },
  /** rate-limit counters, one per (action, caller, window), read and bumped by id (cloudfunctions/_lib/rate-limit) */
  rateLimits: { indexes: [] },
  /** remote video help sessions (远程视频指导): booked slots and calls at once */
  bookings: { indexes: ['customerId', 'expertId', 'start', 'dueAt', 'ticketId'] },
  /** each expert's published bookable hours (id = the user's id) */
  availability: { indexes: [] },
  /** one grid slot of one expert held by a booking (id = expert@slot): what makes racing bookings safe */
  slotClaims: { indexes: [] },
} as const satisfies Record<string, CollectionSpec>;

export type CollectionName = keyof typeof COLLECTIONS;

interface DocTypes {
  users: UserDoc;
  customers: CustomerDoc;
  sites: SiteDoc;
  contacts: ContactDoc;
  stations: StationDoc;
  devices: DeviceDoc;
  acceptances: AcceptanceDoc;
  invitations: InvitationDoc;
  changes: ChangeDoc;
  tickets: TicketDoc;
  counters: CounterDoc;
  clientRequests: ClientRequestDoc;
  uploads: UploadDoc;
  surveys: SurveyDoc;
  outbox: OutboxDoc;
  rosters: RosterDoc;
  subscriptions: SubscriptionDoc;
  holidayYears: HolidayYearDoc;
  rateLimits: RateCounterDoc;
  bookings: BookingDoc;
  availability: AvailabilityDoc;
  slotClaims: SlotClaimDoc;
}

/** A collection with `findAll`: every match, page by page (keyset cursors), for when "all" is what is meant. */
export interface FullCollection<T extends StoredDoc> extends Collection<T> {
  findAll(filter?: Filter<T>, orderBy?: FindOptions<T>['orderBy']): Promise<T[]>;
  /** the documents with these ids (any order; unknown ids are skipped) */
  byIds(ids: readonly string[]): Promise<T[]>;
}

const PAGE = 1000;

function full<T extends StoredDoc>(c: Collection<T>): FullCollection<T> {
  const findAll = async (filter: Filter<T> = {}, orderBy?: FindOptions<T>['orderBy']) => {
    const all: T[] = [];
    let cursor: string | null = null;
    do {
      const page = await c.find(filter, { ...(orderBy ? { orderBy } : {}), limit: PAGE, cursor });
      all.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return all;
  };
  const byIds = async (ids: readonly string[]) => {
    const unique = [...new Set(ids)];
    const found: T[] = [];
    for (let i = 0; i < unique.length; i += PAGE) {
      found.push(...(await findAll({ id: { in: unique.slice(i, i + PAGE) } } as Filter<T>)));
    }
    return found;
  };
  // a wrapper that delegates, never a mutation of the store's own collection object
  return {
    name: c.name,
    get: (id) => c.get(id),
    mustGet: (id, message) => c.mustGet(id, message),
    find: (filter, options) => c.find(filter, options),
    findOne: (filter) => c.findOne(filter),
    count: (filter) => c.count(filter),
    insert: (doc) => c.insert(doc),
    insertIfAbsent: (doc) => c.insertIfAbsent(doc),
    update: (id, patch, options) => c.update(id, patch, options),
    replace: (doc, options) => c.replace(doc, options),
    remove: (id) => c.remove(id),
    increment: (id, field, by) => c.increment(id, field, by),
    findAll,
    byIds,
  };
}

/** A page of a list action: `{ cursor?, limit? }` as the app sends them. */
export interface PageRequest {
  cursor?: string | null | undefined;
  limit: number;
}

/** A master-data list's narrowing: a search token (core/masterdata/search-keys), and `active` true/false/either. */
export interface RecordSearch {
  token?: string | null;
  active?: boolean | undefined;
}

/** The filter of a record search: the token by the searchKeys element index; active: absent counts as active. */
function searchFilter<T>(s: RecordSearch): Filter<T> {
  return {
    ...(s.token ? { searchKeys: { has: s.token } } : {}),
    ...(s.active === true ? { active: { ne: false } } : s.active === false ? { active: false } : {}),
  } as Filter<T>;
}

/** The named queries: each says what it answers, so no call site picks a filter or a limit of its own. */
function queries(db: { [K in CollectionName]: FullCollection<DocTypes[K]> }) {
  const newestFirst = <T extends StoredDoc>(c: FullCollection<T>, filter: Filter<T>, page: PageRequest) =>
    c.find(filter, { orderBy: { field: 'id', direction: 'desc' }, limit: page.limit, cursor: page.cursor ?? null });
  const byName = <T extends StoredDoc>(c: FullCollection<T>, filter: Filter<T>, page: PageRequest) =>
    c.find(filter, { orderBy: { field: 'name' as never }, limit: page.limit, cursor: page.cursor ?? null });
  return {
    customers: {
      /** customers.list: by name, narrowed by a search token, a region and the contract's state */
      search: (s: RecordSearch & { region?: string | undefined }, page: PageRequest): Promise<Page<CustomerDoc>> =>
        byName(db.customers, { ...searchFilter<CustomerDoc>(s), ...(s.region ? { region: s.region } : {}) }, page),
    },
    users: {
      /** staff.list: the staff (never customers' users) by name, narrowed by role, station, search and state */
      searchStaff: (
        s: RecordSearch & { roles: readonly Role[]; stationId?: string | undefined },
        page: PageRequest,
      ): Promise<Page<UserDoc>> =>
        byName(
          db.users,
          {
            ...searchFilter<UserDoc>(s),
            role: { in: [...s.roles] },
            ...(s.stationId ? { stationId: s.stationId } : {}),
          },
          page,
        ),
      withRoles: (roles: readonly Role[]) => db.users.findAll({ role: { in: [...roles] } }),
      atStation: (stationId: string) => db.users.findAll({ stationId }),
      byOpenid: (openid: string) => db.users.findOne({ openid }),
    },
    devices: {
      bySerial: (serial: string) => db.devices.findOne({ serial }),
      bySerials: (serials: readonly string[]) =>
        serials.length ? db.devices.findAll({ serial: { in: [...new Set(serials)] } }) : Promise.resolve([]),
      ofCustomer: (customerId: string) => db.devices.findAll({ customerId }, { field: 'serial' }),
      /** the devices standing at a site (a site save repeats its address and region on them) */
      ofSite: (siteId: string) => db.devices.findAll({ siteId }),
      /** devices.list's filters: a customer, a site, a search token, a range of last covered days, the state */
      filterOf: (
        s: RecordSearch & {
          customerId?: string | undefined;
          siteId?: string | undefined;
          lastDay?: { gte?: string; lt?: string } | null | undefined;
        },
      ): Filter<DeviceDoc> => ({
        ...searchFilter<DeviceDoc>(s),
        ...(s.customerId ? { customerId: s.customerId } : {}),
        ...(s.siteId ? { siteId: s.siteId } : {}),
        ...(s.lastDay === null ? { warrantyLastDay: null } : s.lastDay ? { warrantyLastDay: s.lastDay } : {}),
      }),
      /** devices.list, every match (the contract's `{}` answers all at once), by serial */
      listAll: (filter: Filter<DeviceDoc>) => db.devices.findAll(filter, { field: 'serial' }),
      /** devices.list, a page at a time, by serial */
      listPage: (filter: Filter<DeviceDoc>, page: PageRequest): Promise<Page<DeviceDoc>> =>
        db.devices.find(filter, { orderBy: { field: 'serial' }, limit: page.limit, cursor: page.cursor ?? null }),
    },
    sites: {
      ofCustomer: (customerId: string) => db.sites.findAll({ customerId }),
    },
    contacts: {
      ofCustomer: (customerId: string) => db.contacts.findAll({ customerId }),
    },
    acceptances: {
      /** a device's acceptances, every one (a handful: the first, failed ones repeated, corrections) */
      ofDevice: (serial: string) => db.acceptances.findAll({ serial }),
    },
    changes: {
      /** one record's history, newest first (change ids follow time) */
      ofRecord: (recordKey: string, page: PageRequest): Promise<Page<ChangeDoc>> =>
        newestFirst(db.changes, { recordKey }, page),
      /** a customer's history with its sites, contacts and devices, newest first */
      inScope: (scope: string, page: PageRequest): Promise<Page<ChangeDoc>> => newestFirst(db.changes, { scope }, page),
    },
    rosters: {
      ofWeek: (weekStart: string) => db.rosters.findAll({ weekStart }),
    },
    invitations: {
      /** auth.invitations: newest first, by state now (unused / used / expired / revoked) */
      page: (
        status: 'unused' | 'used' | 'expired' | 'revoked' | undefined,
        now: string,
        page: PageRequest,
      ): Promise<Page<InvitationDoc>> => {
        const filter: Filter<InvitationDoc> =
          status === 'used'
            ? { usedBy: { ne: null } }
            : status === 'revoked'
              ? { usedBy: null, revokedAt: { ne: null } }
              : status === 'expired'
                ? { usedBy: null, revokedAt: null, expiresAt: { lte: now } }
                : status === 'unused'
                  ? { usedBy: null, revokedAt: null, expiresAt: { gt: now } }
                  : {};
        return db.invitations.find(filter, {
          orderBy: { field: 'createdAt', direction: 'desc' },
          limit: page.limit,
          cursor: page.cursor ?? null,
        });
      },
    },
    stations: {
      /** the stations a user leads (a handful of documents: no index) */
      ledBy: (userId: string) => db.stations.findAll({ leadId: userId }),
    },
    holidayYears: {
      /** every year an admin entered (a handful of small documents) */
      entered: () => db.holidayYears.findAll(),
    },
    tickets: {
      /** a device's tickets, newest first (by the serial index), at most `limit` */
      ofDevice: (serial: string, limit: number) =>
        db.tickets.find({ serial }, { orderBy: { field: 'createdAt', direction: 'desc' }, limit }),
      /** open tickets on a device */
      openOn: (serial: string) => db.tickets.findAll({ serial, status: { in: [...OPEN_STATUSES] } }),
      /** how many tickets a device has had (one indexed count) */
      countOn: (serial: string) => db.tickets.count({ serial }),
      /** open tickets counting against a technician now (one indexed count) */
      openLoadOf: (technicianId: string) => db.tickets.count({ loadOf: technicianId }),
      /** the open tickets someone holds (offered, accepted, on site; by the assignee index) */
      openHeldBy: (userId: string) => db.tickets.findAll({ assigneeId: userId, status: { in: [...OPEN_STATUSES] } }),
      /** open major faults (the expert team's to follow) */
      openMajor: () => db.tickets.findAll({ status: { in: [...OPEN_STATUSES] }, severity: 'major' }),
      /** open tickets whose current round has escalated to at least this rung */
      openEscalated: (minLevel: number) =>
        db.tickets.findAll({ status: { in: [...OPEN_STATUSES] }, 'sla.escalationLevel': { gte: minLevel } }),
      /** tickets waiting in the desk's queue (reported, reopened) in these regions */
      queuedIn: (regions: readonly string[]) =>
        regions.length
          ? db.tickets.findAll({ status: { in: ['reported', 'reopened'] }, region: { in: [...regions] } })
          : Promise.resolve([]),
    },
    bookings: {
      /** what bookings.remind must look at now (reminders, calls closing), in due order */
      due: (now: string) => db.bookings.findAll({ dueAt: { lte: now } }, { field: 'dueAt' }),
      /** active bookings starting in [from, to) (a booking lasts at most an hour: callers widen `from` by that) */
      activeStartingBetween: (from: string, to: string) =>
        db.bookings.findAll({ start: { gte: from, lt: to }, status: { in: [...ACTIVE_BOOKING_STATUSES] } }),
      /** the sessions booked on a ticket */
      ofTicket: (ticketId: string) => db.bookings.findAll({ ticketId }),
    },
    outbox: {
      unreadCount: (to: string) => db.outbox.count({ to, readAt: null }),
      unreadOf: (to: string) => db.outbox.findAll({ to, readAt: null }),
    },
  };
}

type Queries = ReturnType<typeof queries>;

export type Db = {
  [K in CollectionName]: FullCollection<DocTypes[K]> & (K extends keyof Queries ? Queries[K] : unknown);
};

const built = new WeakMap<Store, Db>();

/**
 * Typed access to every collection of a store, with its named queries. The collections and queries are built once
 * per store; each call answers an object of its own over them, so what a request keys by its `db` (the holiday
 * calendar it loaded, cloudfunctions/_lib/holidays.ts) stays that request's.
 */
export function dbOf(store: Store): Db {
  let db = built.get(store);
  if (!db) {
    const base = {} as { [K in CollectionName]: FullCollection<DocTypes[K]> };
    for (const name of Object.keys(COLLECTIONS) as CollectionName[]) {
      (base as Record<string, FullCollection<StoredDoc>>)[name] = full(store.collection(name));
    }
    const named = queries(base) as Record<string, object>;
    const whole = {} as Record<string, object>;
    for (const [name, c] of Object.entries(base)) whole[name] = { ...c, ...(named[name] ?? {}) };
    db = whole as Db;
    built.set(store, db);
  }
  return Object.create(db) as Db;
}
