// The documents AfterCare stores, one interface per collection: the shape of the data, shared by every layer.
import type { ServiceHours } from './sla/calendar';
import type { SlaOverrides } from './sla/policy';
import type { CalendarDate, Instant } from './time';

export const ROLES = ['customer', 'technician', 'expert', 'dispatcher', 'admin'] as const;
export type Role = (typeof ROLES)[number];
export const STAFF_ROLES = ['technician', 'expert', 'dispatcher', 'admin'] as const satisfies readonly Role[];
export type StaffRole = (typeof STAFF_ROLES)[number];

/** Every stored document has an id and a version the store bumps on each write (compare-and-set). */
export interface StoredDoc {
  id: string;
  version: number;
}

/**
 * A master-data record (customer, site, contact, device, staff member, station) also counts its edits: `revision`
 * moves only when someone saves it (what `ifVersion` compares and its view shows as `version`), never when the
 * service repeats something on it (a routing timestamp, a search key, an address kept in step). Absent: 1.
 */
export interface MasterRecord extends StoredDoc {
  revision?: number;
}

/** The edit version of a master-data record. */
export const revisionOf = (r: Pick<MasterRecord, 'revision'>): number => r.revision ?? 1;

export interface UserDoc extends MasterRecord {
  name: string;
  role: Role;
  phone?: string;
  /** customers: the organisation they act for */
  customerId?: string;
  /** technicians and experts */
  stationId?: string;
  skills?: string[];
  /** technicians: most open tickets at once (routing default 5) */
  loadLimit?: number;
  /** technicians: when routing last offered them a ticket (fairness) */
  lastAssignedAt?: Instant;
  /** technicians: resting (not offered tickets) until they set themselves on duty again; the roster refines this */
  offDuty?: boolean;
  /** the WeChat OPENID bound to this user, once bound */
  openid?: string;
  /** false: left or suspended — never routed, assigned or called, cannot sign in; absent: active */
  active?: boolean;
  /** technicians: regions covered beyond their station's (routing matches either) */
  regions?: string[];
  /** what staff.list's `q` finds them by (core/masterdata/search-keys) */
  searchKeys?: string[];
  /** technicians: also take remote video help (远程视频指导) in the hours they publish, as experts do */
  remoteHelp?: boolean;
  createdAt: Instant;
  updatedAt?: Instant;
}

/** A user still at work (the default: only an explicit `active: false` retires someone). */
export const isActive = (u: Pick<UserDoc, 'active'>): boolean => u.active !== false;

/** A customer organisation (the party of the service contract). */
export interface CustomerDoc extends MasterRecord {
  name: string;
  region: string;
  /** the main site's address (the primary contact's site, else the first site): kept in step by every site save */
  address: string;
  /** the primary contact's name and phone: kept in step by every contact save */
  contactName: string;
  contactPhone: string;
  contract: {
    no: string;
    /** warranty length for this contract's devices, months (service plan default: 12) */
    warrantyMonths?: number;
    /** the contract's own SLA times (a `calendar` here is how contracts stored before service hours said so) */
    sla?: SlaOverrides;
    /** '7x24', or business hours (statutory holidays skipped, make-up days worked); absent: 7×24 */
    serviceHours?: '7x24' | ServiceHours;
  };
  /** false: the contract ended — kept with its history, no new reports; absent: active */
  active?: boolean;
  /** what customers.list's `q` finds it by: name, contacts' names and phones, whole device serials */
  searchKeys?: string[];
  /** who last resolved a fault for this customer (routing's continuity) */
  lastServedBy?: string;
  createdAt: Instant;
  updatedAt?: Instant;
}

/** A site (现场) of a customer: where its devices stand, in a region routing matches stations by. */
export interface SiteDoc extends MasterRecord {
  customerId: string;
  name: string;
  region: string;
  address: string;
  location?: { latitude: number; longitude: number };
  createdAt: Instant;
  updatedAt?: Instant;
}

/** A contact person (联系人) of a customer; exactly one active contact is primary. */
export interface ContactDoc extends MasterRecord {
  customerId: string;
  name: string;
  phone: string;
  /** the site this contact looks after */
  siteId?: string;
  primary: boolean;
  /** 职务 (设备管理员, 采购经理 …) */
  jobTitle?: string;
  /** the app user acting as this contact, once bound with an invitation naming the contact */
  userId?: string;
  /** false: no longer a contact (kept with its history) */
  active?: boolean;
  createdAt: Instant;
  updatedAt?: Instant;
}

export interface StationDoc extends MasterRecord {
  name: string;
  region: string;
  address: string;
  leadId?: string;
  phone: string;
  createdAt?: Instant;
  updatedAt?: Instant;
}

export interface DeviceDoc extends MasterRecord {
  serial: string;
  customerId: string;
  /** the customer's site it stands at */
  siteId?: string;
  name: string;
  model: string;
  productLine: string;
  /** its site's address (kept in step by site saves) */
  siteAddress: string;
  /** its site's region (kept in step by site saves); absent: the customer's region */
  region?: string;
  /** 竣工验收日: the acceptance date the warranty runs from; null until accepted */
  acceptedAt: CalendarDate | null;
  /** the acceptance record (collection `acceptances`) the date comes from */
  acceptanceId?: string;
  /** overrides the contract's warranty length for this one device */
  warrantyMonths?: number;
  /** the last covered day (null: not accepted): what devices.list's warranty filter reads, kept in step */
  warrantyLastDay?: CalendarDate | null;
  /** false: retired (kept with its tickets and history), no new reports; absent: active */
  active?: boolean;
  /** what devices.list's `q` finds it by: pieces of its serial, name and model */
  searchKeys?: string[];
  /** (creator, clientRequestId) of the save that registered it: a replay gets the device back */
  createdByRequest?: string;
  /** who last resolved a fault on it (routing's continuity) */
  lastServedBy?: string;
  createdAt: Instant;
  updatedAt?: Instant;
}

/** A one-time invitation code an admin issues to bind a WeChat user to a customer or a staff role. */
export interface InvitationDoc extends StoredDoc {
  /** the code itself */
  code: string;
  role: Role;
  customerId?: string;
  /** staff invitations may name the user record to bind (its profile, station and skills) */
  userId?: string;
  name?: string;
  createdBy: string;
  createdAt: Instant;
  expiresAt: Instant;
  /** customer invitations may name the contact the new user acts as */
  contactId?: string;
  /** the OPENID that redeemed it, when, and the user it became */
  usedBy?: string;
  usedAt?: Instant;
  boundUserId?: string;
  /** an admin withdrew it before use */
  revokedAt?: Instant;
  revokedBy?: string;
}

/** A named sequence (ticket numbers per business day). */
export interface CounterDoc extends StoredDoc {
  value: number;
}

/**
 * A create request a client has made, keyed by (caller, clientRequestId): names the record it created, so a replay
 * gets that record back. The record's own id stays free to follow creation time.
 */
export interface ClientRequestDoc extends StoredDoc {
  userId: string;
  /** the ticket this request creates (named before it is stored, so a replay racing the first attempt finds it) */
  ticketId: string;
  createdAt: Instant;
}

/** A file a user uploaded (photo, video, signature), recorded so a ticket can only reference its owner's files. */
export interface UploadDoc extends StoredDoc {
  /** the platform's file id */
  fileId: string;
  ownerId: string;
  contentType: string;
  size: number;
  purpose: 'photo' | 'video' | 'signature';
  createdAt: Instant;
}

/** A satisfaction survey (满意度评价) of one ticket: four 1–5 scores and a comment. */
export interface SurveyDoc extends StoredDoc {
  ticketId: string;
  customerId: string;
  technicianId: string | null;
  stationId: string | null;
  scores: { speed: number; attitude: number; skill: number; result: number };
  comment?: string;
  submittedBy: string;
  submittedAt: Instant;
}
