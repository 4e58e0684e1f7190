// What the desk (and a customer, of its own record) sees of master data: each stored record as its view, with the
// names it refers to looked up by the caller of these functions.
import type { AcceptanceDoc } from '../devices/acceptance';
import type { ContactDoc, CustomerDoc, InvitationDoc, SiteDoc, StationDoc, StaffRole, UserDoc } from '../model';
import { isActive, revisionOf } from '../model';
import { DEFAULT_LOAD_LIMIT } from '../routing/route';
import type { ChangeView } from '../schemas/changes';
import type { ContactView, CustomerSummaryView, CustomerView, SiteView } from '../schemas/customers';
import type { AcceptanceView } from '../schemas/devices';
import type { InvitationView } from '../schemas/auth';
import type { StaffView } from '../schemas/staff';
import type { StationView } from '../schemas/stations';
import { DEFAULT_POLICY } from '../sla/policy';
import { toWire, toWireOrNull } from '../time';
import { DEFAULT_WARRANTY_MONTHS } from '../warranty/status';
import { RECORD_KIND_LABELS, type ChangeDoc } from './changes';
import { contactsInOrder, primaryContactOf } from './customer';
import { describeServiceHours } from './contract';

export const ROLE_LABELS: Record<StaffRole | 'customer', string> = {
  customer: '客户',
  technician: '工程师',
  expert: '专家',
  dispatcher: '调度',
  admin: '管理员',
};

export function customerSummaryView(c: CustomerDoc): CustomerSummaryView {
  return {
    id: c.id,
    version: revisionOf(c),
    name: c.name,
    region: c.region,
    active: c.active !== false,
    address: c.address,
    contactName: c.contactName,
    contactPhone: c.contactPhone,
    contractNo: c.contract.no,
    serviceHoursLabel: describeServiceHours(c.contract),
    createdAt: toWire(c.createdAt),
    updatedAt: toWireOrNull(c.updatedAt),
  };
}

/** The plan's minutes for each clock, read from the default policy (one source for the numbers). */
function planMinutes() {
  const of = (severity: 'common' | 'major', name: string) =>
    DEFAULT_POLICY.chains[severity].find((m) => m.name === name)!.withinMinutes;
  return {
    respondCommonMinutes: of('common', 'respond'),
    respondMajorMinutes: of('major', 'respond'),
    remoteFixMinutes: of('common', 'remoteFix'),
    onsiteMinutes: of('common', 'onsite'),
    planMinutes: of('major', 'plan'),
    climbAfterMinutes: DEFAULT_POLICY.climbAfterMinutes,
  };
}

export function siteView(s: SiteDoc): SiteView {
  return {
    id: s.id,
    version: revisionOf(s),
    customerId: s.customerId,
    name: s.name,
    region: s.region,
    address: s.address,
    location: s.location ?? null,
    createdAt: toWire(s.createdAt),
    updatedAt: toWireOrNull(s.updatedAt),
  };
}

export function contactView(c: ContactDoc, siteName: string | null): ContactView {
  return {
    id: c.id,
    version: revisionOf(c),
    customerId: c.customerId,
    name: c.name,
    phone: c.phone,
    siteId: c.siteId ?? null,
    siteName,
    primary: c.primary && c.active !== false,
    jobTitle: c.jobTitle ?? null,
    active: c.active !== false,
    bound: Boolean(c.userId),
    userId: c.userId ?? null,
  };
}

export function customerView(
  c: CustomerDoc,
  sites: readonly SiteDoc[],
  contacts: readonly ContactDoc[],
  deviceCount: number,
): CustomerView {
  const siteName = new Map(sites.map((s) => [s.id, s.name]));
  const { calendar: _calendar, ...sla } = c.contract.sla ?? {};
  const primary = primaryContactOf(contacts);
  return {
    ...customerSummaryView(c),
    contract: {
      no: c.contract.no,
      warrantyMonths: c.contract.warrantyMonths ?? null,
      sla,
      serviceHours:
        c.contract.serviceHours ??
        (c.contract.sla?.calendar?.kind === 'hours' ? c.contract.sla.calendar.hours : '7x24'),
      effective: {
        ...planMinutes(),
        ...sla,
        warrantyMonths: c.contract.warrantyMonths ?? DEFAULT_WARRANTY_MONTHS,
        serviceHoursLabel: describeServiceHours(c.contract),
      },
    },
    sites: [...sites].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id)).map(siteView),
    contacts: contactsInOrder(contacts).map((x) =>
      contactView({ ...x, primary: x.id === primary?.id }, x.siteId ? (siteName.get(x.siteId) ?? null) : null),
    ),
    deviceCount,
  };
}

export function staffView(u: UserDoc, station: StationDoc | null, openLoad: number): StaffView {
  const role = u.role as StaffRole;
  return {
    id: u.id,
    version: revisionOf(u),
    name: u.name,
    role,
    roleLabel: ROLE_LABELS[role],
    phone: u.phone ?? null,
    stationId: u.stationId ?? null,
    stationName: station?.name ?? null,
    skills: u.skills ?? [],
    regions: u.regions ?? [],
    loadLimit: role === 'technician' ? (u.loadLimit ?? DEFAULT_LOAD_LIMIT) : null,
    openLoad,
    active: isActive(u),
    bound: Boolean(u.openid),
    createdAt: toWire(u.createdAt),
    updatedAt: toWireOrNull(u.updatedAt),
  };
}

export function stationView(s: StationDoc, lead: Pick<UserDoc, 'name'> | null, members: number): StationView {
  return {
    id: s.id,
    version: revisionOf(s),
    name: s.name,
    region: s.region,
    address: s.address,
    phone: s.phone,
    leadId: s.leadId ?? null,
    leadName: lead?.name ?? null,
    members,
    createdAt: toWireOrNull(s.createdAt),
    updatedAt: toWireOrNull(s.updatedAt),
  };
}

export function changeView(c: ChangeDoc): ChangeView {
  return {
    id: c.id,
    kind: c.kind,
    kindLabel: RECORD_KIND_LABELS[c.kind],
    recordId: c.recordId,
    action: c.action,
    fields: c.fields.map((f) => ({
      field: f.field,
      label: f.label,
      before: f.before,
      after: f.after,
    })) as ChangeView['fields'],
    by: c.by,
    byName: c.byName,
    byRole: c.byRole,
    at: toWire(c.at),
    note: c.note ?? null,
  };
}

export function acceptanceView(a: AcceptanceDoc, fileUrl: (fileId: string) => string): AcceptanceView {
  return {
    id: a.id,
    serial: a.serial,
    acceptedAt: a.acceptedAt,
    result: a.result,
    resultLabel: a.result === 'passed' ? '验收合格' : '验收未通过',
    checklist: a.checklist.map((c) => ({ item: c.item, ok: c.ok, ...(c.note ? { note: c.note } : {}) })),
    photos: a.photos.map((fileId) => ({ fileId, url: fileUrl(fileId) })),
    customerSignature: { fileId: a.customerSignature, url: fileUrl(a.customerSignature) },
    customerSignerName: a.customerSignerName ?? null,
    warranty: a.warranty,
    byName: a.byName,
    byRole: a.byRole,
    recordedAt: toWire(a.recordedAt),
    status: a.status,
    correctionReason: a.correctionReason ?? null,
  };
}

export type InvitationStatus = InvitationView['status'];

export const INVITATION_STATUS_LABELS: Record<InvitationStatus, string> = {
  unused: '未使用',
  used: '已使用',
  expired: '已过期',
  revoked: '已作废',
};

/** Where an invitation stands now. */
export function invitationStatus(inv: InvitationDoc, now: Date): InvitationStatus {
  if (inv.usedBy) return 'used';
  if (inv.revokedAt) return 'revoked';
  return Date.parse(inv.expiresAt) <= now.getTime() ? 'expired' : 'unused';
}

export function invitationView(
  inv: InvitationDoc,
  x: {
    now: Date;
    qr: string;
    customerName: string | null;
    createdByName: string;
    usedBy: Pick<UserDoc, 'id' | 'name'> | null;
  },
): InvitationView {
  const status = invitationStatus(inv, x.now);
  return {
    code: inv.code,
    role: inv.role,
    status,
    statusLabel: INVITATION_STATUS_LABELS[status],
    customerId: inv.customerId ?? null,
    customerName: x.customerName,
    contactId: inv.contactId ?? null,
    userId: inv.userId ?? null,
    name: inv.name ?? null,
    createdAt: toWire(inv.createdAt),
    createdByName: x.createdByName,
    expiresAt: toWire(inv.expiresAt),
    usedAt: toWireOrNull(inv.usedAt),
    usedByUserId: x.usedBy?.id ?? null,
    usedByName: x.usedBy?.name ?? null,
    revokedAt: toWireOrNull(inv.revokedAt),
    qr: x.qr,
  };
}
