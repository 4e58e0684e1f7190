// Edit history (变更记录) of master data: for every save of a customer, site, contact, device, staff member or station,
// who changed which field from what to what, and when — one `changes` document per save, written with it. The
// fields each kind tracks are listed here with their words; derived and bookkeeping fields are not history.
import type { Instant } from '../time';

export const RECORD_KINDS = ['customer', 'site', 'contact', 'device', 'user', 'station'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export const RECORD_KIND_LABELS: Record<RecordKind, string> = {
  customer: '客户',
  site: '现场',
  contact: '联系人',
  device: '设备',
  user: '员工',
  station: '服务站',
};

/** The fields each kind keeps history of (dotted paths into nested objects), with their words. */
export const TRACKED_FIELDS: Record<RecordKind, Record<string, string>> = {
  customer: {
    name: '名称',
    region: '区域',
    active: '状态',
    'contract.no': '合同编号',
    'contract.warrantyMonths': '保修月数',
    'contract.serviceHours': '服务时间',
    'contract.sla.respondCommonMinutes': '一般故障响应时限（分钟）',
    'contract.sla.respondMajorMinutes': '重大故障响应时限（分钟）',
    'contract.sla.remoteFixMinutes': '远程解决时限（分钟）',
    'contract.sla.onsiteMinutes': '到场时限（分钟）',
    'contract.sla.planMinutes': '专家方案时限（分钟）',
    'contract.sla.climbAfterMinutes': '升级间隔（分钟）',
  },
  site: { name: '名称', region: '区域', address: '地址', location: '位置' },
  contact: { name: '姓名', phone: '电话', siteId: '现场', primary: '主要联系人', jobTitle: '职务', active: '状态' },
  device: {
    customerId: '客户',
    siteId: '现场',
    name: '名称',
    model: '型号',
    productLine: '产品线',
    warrantyMonths: '保修月数（设备单独约定）',
    active: '状态',
    acceptedAt: '验收日期',
    warrantyLastDay: '保修截止日',
  },
  user: {
    name: '姓名',
    role: '角色',
    phone: '电话',
    stationId: '服务站',
    skills: '技能',
    regions: '覆盖区域',
    loadLimit: '接单上限',
    active: '状态',
  },
  station: { name: '名称', region: '区域', address: '地址', phone: '电话', leadId: '站长' },
};

export type ChangeValue = string | number | boolean | null | readonly unknown[] | Record<string, unknown>;

export interface FieldChange {
  field: string;
  label: string;
  before: ChangeValue;
  after: ChangeValue;
}

/** One save of one record, as history keeps it. */
export interface ChangeDoc {
  id: string;
  version: number;
  kind: RecordKind;
  recordId: string;
  /** `kind:recordId` (indexed: one record's history) */
  recordKey: string;
  /** the customer a customer, site, contact or device change belongs to, as `customer:id` (indexed: a customer's page) */
  scope: string;
  /** the record's version after the save */
  recordVersion: number;
  action: 'create' | 'update' | 'accept';
  fields: FieldChange[];
  by: string;
  byName: string;
  byRole: string;
  at: Instant;
  /** why, when the saver said (a corrected acceptance) */
  note?: string;
}

function valueAt(doc: object | null, path: string): ChangeValue {
  let at: unknown = doc;
  for (const part of path.split('.')) {
    if (at === null || typeof at !== 'object') return null;
    at = (at as Record<string, unknown>)[part];
  }
  return at === undefined ? null : (at as ChangeValue);
}

const same = (a: ChangeValue, b: ChangeValue) => JSON.stringify(a) === JSON.stringify(b);

/** The tracked fields whose value differs between two states of a record (before null: a creation, every set field). */
export function fieldChanges(kind: RecordKind, before: object | null, after: object): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const [field, label] of Object.entries(TRACKED_FIELDS[kind])) {
    const was = valueAt(before, field);
    const now = valueAt(after, field);
    if (before === null && now === null) continue;
    if (!same(was, now)) changes.push({ field, label, before: was, after: now });
  }
  return changes;
}

export const recordKeyOf = (kind: RecordKind, recordId: string) => `${kind}:${recordId}`;
export const customerScopeOf = (customerId: string) => `customer:${customerId}`;
