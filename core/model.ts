// The documents AfterCare stores, one interface per collection: the shape of the data, shared by every layer.
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

export interface UserDoc extends StoredDoc {
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
  /** false: left or suspended — never routed, assigned or called; absent: active */
  active?: boolean;
  /** technicians: also take remote video help (远程视频指导) in the hours they publish, as experts do */
  remoteHelp?: boolean;
  createdAt: Instant;
}

/** A user still at work (the default: only an explicit `active: false` retires someone). */
export const isActive = (u: Pick<UserDoc, 'active'>): boolean => u.active !== false;

/** A customer organisation (the party of the service contract). */
export interface CustomerDoc extends StoredDoc {
  name: string;
  region: string;
  address: string;
  contactName: string;
  contactPhone: string;
  contract: {
    no: string;
    /** warranty length for this contract's devices, months (service plan default: 12) */
    warrantyMonths?: number;
    /** the contract's own SLA terms (times, service hours); absent: the service plan's 7×24 defaults */
    sla?: SlaOverrides;
  };
  /** who last resolved a fault for this customer (routing's continuity) */
  lastServedBy?: string;
  createdAt: Instant;
}

export interface StationDoc extends StoredDoc {
  name: string;
  region: string;
  address: string;
  leadId?: string;
  phone: string;
}

export interface DeviceDoc extends StoredDoc {
  serial: string;
  customerId: string;
  name: string;
  model: string;
  productLine: string;
  siteAddress: string;
  /** 竣工验收日: the acceptance date the warranty runs from; null until accepted */
  acceptedAt: CalendarDate | null;
  /** overrides the contract's warranty length for this one device */
  warrantyMonths?: number;
  /** who last resolved a fault on it (routing's continuity) */
  lastServedBy?: string;
  createdAt: Instant;
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
  usedBy?: string;
  usedAt?: Instant;
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
