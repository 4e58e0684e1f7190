// The ports: what the service layer needs from a platform. Adapters: platform/local (SQLite) and platform/cloudbase.
import type { Seat } from '../core/booking/types';
import type { Caller } from '../core/identity/caller';
import type { StoredDoc } from '../core/model';
import type { CallJoin } from '../core/schemas/bookings';

// ---------------------------------------------------------------- store

export type Scalar = string | number | boolean | null;

/**
 * A condition on one field. The subset maps one-to-one onto CloudBase's `db.command` (eq, neq, in, gt, gte, lt, lte)
 * and onto SQLite `json_extract` comparisons. `has`: the field is an array holding this value (MongoDB's element
 * match; indexed element by element where COLLECTIONS lists the field under `arrays`).
 */
export type Condition =
  | Scalar
  | { eq: Scalar }
  | { ne: Scalar }
  | { in: Scalar[] }
  | { has: Scalar }
  | { gt?: string | number; gte?: string | number; lt?: string | number; lte?: string | number };

/** A field of the document (typed) or a dotted path into it ("sla.nextDueAt"). */
export type FieldPath<T> = (keyof T & string) | `${string}.${string}`;

/** All conditions must hold (and). `and` nests further filters, all of which must hold too. */
export type Filter<T> = { [K in FieldPath<T>]?: Condition } & { and?: Filter<T>[] };

export interface FindOptions<T> {
  /** one sort field (ties broken by id, in the same direction); default: id ascending */
  orderBy?: { field: FieldPath<T>; direction?: 'asc' | 'desc' };
  /** at most this many items (default 50, max 1000) */
  limit?: number;
  /** from a previous page's nextCursor (keyset pagination: stable under inserts) */
  cursor?: string | null;
}

export interface Page<T> {
  items: T[];
  /** null on the last page */
  nextCursor: string | null;
}

/** A new document: the store sets `version` (1 on insert). */
export type NewDoc<T extends StoredDoc> = Omit<T, 'version'>;

export interface UpdateOptions {
  /** compare-and-set: the update applies only if the stored version is this one, else CONFLICT */
  ifVersion?: number;
}

export interface Collection<T extends StoredDoc> {
  readonly name: string;
  get(id: string): Promise<T | null>;
  /** get, or NOT_FOUND with the given (Chinese) message */
  mustGet(id: string, notFoundMessage?: string): Promise<T>;
  find(filter?: Filter<T>, options?: FindOptions<T>): Promise<Page<T>>;
  /** the first match, or null */
  findOne(filter: Filter<T>): Promise<T | null>;
  count(filter?: Filter<T>): Promise<number>;
  /** inserts; CONFLICT when the id exists */
  insert(doc: NewDoc<T>): Promise<T>;
  /** idempotent insert: inserts, or returns the stored document with that id untouched (created: false) */
  insertIfAbsent(doc: NewDoc<T>): Promise<{ doc: T; created: boolean }>;
  /** shallow-merges the patch into the stored document and bumps its version; NOT_FOUND / CONFLICT (ifVersion) */
  update(id: string, patch: Partial<Omit<T, 'id' | 'version'>>, options?: UpdateOptions): Promise<T>;
  /** replaces the whole document (its id) and bumps its version; NOT_FOUND / CONFLICT (ifVersion) */
  replace(doc: T, options?: UpdateOptions): Promise<T>;
  /** true when something was removed */
  remove(id: string): Promise<boolean>;
  /**
   * Adds `by` to the numeric top-level `field` atomically (a missing document starts as `{ id, [field]: 0 }`) and
   * returns the document as stored after it: concurrent callers each see their own value (sequences, counters).
   */
  increment(id: string, field: string, by?: number): Promise<T>;
}

export interface Store {
  collection<T extends StoredDoc>(name: string): Collection<T>;
}

// ---------------------------------------------------------------- identity

export interface IssuedToken {
  token: string;
  expiresAt: Date;
}

/** How a platform knows who calls. */
export interface Identity {
  /** the caller of one request (from a bearer token locally, from the WeChat OPENID on CloudBase) */
  resolve(request: PlatformRequest): Promise<Caller>;
  /** local host only: signs a token for a user id or an unbound OPENID (auth.devLogin); absent on CloudBase */
  issueDevToken?(subject: { userId: string } | { openid: string }): Promise<IssuedToken>;
}

/** What the transport hands the platform about a request. */
export interface PlatformRequest {
  /** the `Authorization` header (local host) */
  authorization?: string;
  /** the WeChat OPENID (CloudBase: from the function's context) */
  openid?: string;
  /** the caller's network address (local host), what limits count by before anyone is signed in */
  address?: string;
}

// ---------------------------------------------------------------- clock

export interface Clock {
  now(): Date;
}

// ---------------------------------------------------------------- notifier (outbox)

/** One message to store in the outbox and deliver (the service's are written by core/notify/messages). */
export interface OutgoingMessage {
  /** user id of the recipient */
  to: string;
  /** the message kind ("ticket.accepted"); maps to a WeChat subscription template on CloudBase */
  template: string;
  title: string;
  body: string;
  /** the screen the message deep-links to */
  link?: string;
  data?: Record<string, string | number | boolean | null>;
  /** messages with the same key are sent once (timer jobs that run twice) */
  dedupeKey?: string;
}

export interface Notifier {
  send(message: OutgoingMessage): Promise<void>;
}

// ---------------------------------------------------------------- file storage

export interface StoredFile {
  /** the platform's file id (a cloud:// id on CloudBase, a local key on the host) */
  fileId: string;
  contentType: string;
  size: number;
}

export interface FileStorage {
  put(path: string, bytes: Buffer, contentType: string): Promise<StoredFile>;
  get(fileId: string): Promise<{ bytes: Buffer; contentType: string } | null>;
  /** whether the storage holds this file (files.register checks before recording an upload) */
  exists(fileId: string): Promise<boolean>;
  /** a URL the app can show or download from */
  url(fileId: string): Promise<string>;
  /**
   * URLs for many files at once (a list of tickets and their photos), in as few storage calls as the platform allows.
   * A file the storage no longer holds maps to null, so one missing photo never fails the whole list.
   */
  urls(fileIds: readonly string[]): Promise<Map<string, string | null>>;
}

// ---------------------------------------------------------------- video calls

/** One side of a booking's call asking to join (bookings.join has checked who and when). */
export interface CallJoinRequest {
  /** the booking's room: its id */
  roomId: string;
  seat: Seat;
  userId: string;
}

/**
 * How a platform puts two people in a video call: the local host's own WebRTC signalling (a WebSocket on the host,
 * a short-lived join token), or Tencent TRTC on CloudBase (a UserSig signed in the function). The action asks; it
 * never knows which one answers.
 */
export interface CallProvider {
  join(request: CallJoinRequest): Promise<CallJoin>;
}

// ---------------------------------------------------------------- logging

export interface Logger {
  info(fields: Record<string, unknown>): void;
  error(fields: Record<string, unknown>): void;
}

/** Everything a platform provides to the service layer. */
export interface Platform {
  /** "local" (the embedded host) or "cloudbase" */
  kind: 'local' | 'cloudbase';
  store: Store;
  identity: Identity;
  clock: Clock;
  notifier: Notifier;
  files: FileStorage;
  calls: CallProvider;
  logger: Logger;
}
