// A deterministic example value for a zod schema (docs/api.md's replies): strings from field names, enums and formats,
// arrays with one item, optional fields left out, and named object shapes below the top collapsed to "…Name".
import { z } from 'zod';

export const SAMPLE_INSTANT = '2026-12-01T10:00:00+08:00';
export const SAMPLE_DATE = '2026-12-01';
export const SAMPLE_TICKET_ID = 'tk_0mhx2k1a0c3f9a1b2c3d';
const FILE_ID = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08';

/** Example strings by field name (the names the views use). */
const STRINGS: Record<string, string> = {
  id: SAMPLE_TICKET_ID,
  no: 'GD20261201-0001',
  serial: 'SN1001-A',
  customerId: 'cust-1001',
  customerName: '上海申程智能科技有限公司',
  organisation: '上海申程智能科技有限公司',
  assigneeId: 't-2001',
  technicianId: 't-2001',
  handlerId: 't-2001',
  userId: 't-2001',
  by: 't-2001',
  chosen: 't-2001',
  acknowledgedBy: 't-2001',
  name: '李强',
  byName: '李强',
  assigneeName: '李强',
  handlerName: '李强',
  fromName: '李强',
  toName: '赵磊',
  acknowledgedByName: '李强',
  byRole: 'technician',
  role: 'technician',
  stationId: 'st-sh-pd',
  stationName: '上海浦东服务站',
  deviceName: '大厅自助服务终端',
  model: 'K8 Pro',
  productLine: 'kiosk',
  productLineName: '自助服务终端',
  phone: '13800001001',
  contactPhone: '13800001001',
  address: '上海市浦东新区科苑路 399 号 5 号楼 1 层大厅',
  siteAddress: '上海市浦东新区科苑路 399 号 5 号楼 1 层大厅',
  description: '出票机全部停止响应，屏幕黑屏',
  cause: '电源模块老化',
  actions: '更换电源模块并做满载测试',
  plan: '先切换备用服务器恢复出票，再返厂检测主板',
  statusLabel: '待派单',
  categoryLabel: '硬件故障',
  stateLabel: '正常',
  levelLabel: '现场服务团队',
  label: '…',
  text: '李强已接单',
  type: 'accepted',
  title: '工程师已接单',
  body: '工单 GD20261201-0001 已由李强接单',
  template: 'ticket.accepted',
  key: 'ticket.accepted',
  link: `/pages/ticket/index?id=${SAMPLE_TICKET_ID}`,
  wechat: 'sent',
  token: '<token>',
  openid: 'oWx_demo_0001',
  code: 'K7M2QX9P',
  fileId: FILE_ID,
  url: `/api/_files/${FILE_ID}`,
  handlerSignatureUrl: `/api/_files/${FILE_ID}`,
  contentType: 'text/html; charset=utf-8',
  'Upload.contentType': 'image/jpeg',
  fileName: 'GD20261201-0001.html',
  digest: 'sha256:5b41362bc82b7f3d56edc5a306db22105707d01ff4819e26faef9724a2d406c9',
  weekday: '周二',
  holidayName: '元旦',
  policyName: '标准服务时限',
  calendar: '7×24（含节假日）',
  reasons: '同区域',
  templateId: 'tmpl-accepted',
  excluded: '不在班',
  reason: '请提供设备管理员的远程登录权限',
  breached: 'respond',
  'Device.name': '大厅自助服务终端',
  'PartUsed.name': '电源模块',
  'assignee.id': 't-2001',
  'plan.text': '先切换备用服务器恢复出票，再返厂检测主板',
  'Warranty.label': '在保',
  'warranty.label': '在保',
  'SlaClock.label': '响应',
  'urgent.label': '响应',
  'cells.label': '响应',
  'User.id': 'c-1001',
  'User.name': '陈立',
  'User.role': 'customer',
  'Device.id': 'SN1001-A',
  'Notification.id': 'k_accepted_ctk__0mhx2k1a0c3f9a1b2c3d',
  'Survey.id': `sv_${SAMPLE_TICKET_ID}`,
  'Survey.ticketId': SAMPLE_TICKET_ID,
  'SurveyStatsRow.key': 't-2001',
  'AttainmentRow.key': 't-2001',
  'SurveyStatsRow.label': '李强',
  'AttainmentRow.label': '李强',
  'templates.key': 'ticket.accepted',
  'templates.label': '工程师已接单',
  'station.id': 'st-sh-pd',
  'station.name': '上海浦东服务站',
  'stations.id': 'st-sh-pd',
  'stations.name': '上海浦东服务站',
  'members.id': 't-2001',
  'people.id': 't-2001',
  'items.id': 'c-1001',
  'items.name': '陈立',
  'photos.fileId': FILE_ID,
  'AvailabilityWindow.from': '09:00',
  'AvailabilityWindow.to': '12:00',
};

/** Example numbers by field name. */
const NUMBERS: Record<string, number> = {
  latitude: 31.2304,
  longitude: 121.4737,
  accuracy: 30,
  size: 204800,
  months: 12,
  daysLeft: 275,
  daysSinceExpiry: 0,
  withinMinutes: 60,
  elapsedMinutes: 12,
  remainingMinutes: 48,
  escalationLevel: 0,
  score: 86.5,
  rate: 0.92,
  responseRate: 0.8,
  csat: 0.94,
  overall: 4.8,
  speed: 5,
  attitude: 5,
  skill: 4,
  result: 5,
  unread: 3,
  total: 12,
  examined: 3,
  changed: 1,
  actions: 2,
  closed: 1,
  measured: 10,
  met: 9,
  breached: 1,
  resolved: 10,
  surveys: 8,
  tickets: 10,
  version: 3,
  unitPrice: 120,
};

/** Boolean fields whose example is true (the rest are false). */
const TRUE_FIELDS = ['bound', 'inWarranty', 'rostered', 'available'];

/** Example record keys by the record's field name. */
const RECORD_KEYS: Record<string, string> = {
  grants: 'ticket.accepted',
  fields: 'character_string1',
  data: 'ticketNo',
};

export interface SampleOptions {
  /** named shapes; object shapes met below the top are written "…Name" */
  names: ReadonlyMap<z.ZodTypeAny, string>;
  /** write nested named object shapes out in full (default: collapse them) */
  expandNested?: boolean;
  /** example values by named shape (scalars: Instant, CalendarDate …) */
  byName?: Readonly<Record<string, unknown>>;
}

/** Whether a schema is an object (through wrappers): what a collapse applies to. */
function isObjectLike(s: z.ZodTypeAny): boolean {
  if (s instanceof z.ZodObject) return true;
  if (s instanceof z.ZodEffects) return isObjectLike(s.innerType());
  if (s instanceof z.ZodOptional || s instanceof z.ZodNullable) return isObjectLike(s.unwrap());
  return false;
}

export function sampleOf(schema: z.ZodTypeAny, options: SampleOptions): unknown {
  /** `key`: the field the value is for; `owner`: the named shape or field holding that field */
  const visit = (s: z.ZodTypeAny, key: string, owner: string, depth: number): unknown => {
    const name = options.names.get(s);
    if (name && options.byName && name in options.byName) return options.byName[name];
    if (name && !options.expandNested && isObjectLike(s)) return `…${name}`;
    // a nullable is shown with its value, but the last page's cursor is the null a reader meets
    if (s instanceof z.ZodNullable && key === 'nextCursor') return null;
    if (s instanceof z.ZodOptional || s instanceof z.ZodNullable) return visit(s.unwrap(), key, owner, depth);
    if (s instanceof z.ZodDefault) return s._def.defaultValue();
    if (s instanceof z.ZodEffects) return visit(s.innerType(), key, owner, depth);
    if (s instanceof z.ZodPipeline) return visit(s._def.out as z.ZodTypeAny, key, owner, depth);
    if (s instanceof z.ZodBranded) return visit(s.unwrap(), key, owner, depth);
    if (s instanceof z.ZodReadonly || s instanceof z.ZodCatch) return visit(s._def.innerType, key, owner, depth);
    if (s instanceof z.ZodLazy) return visit(s.schema, key, owner, depth);
    if (s instanceof z.ZodObject) {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(s.shape as z.ZodRawShape)) {
        if (!(v instanceof z.ZodOptional)) out[k] = visit(v, k, name ?? key, depth + 1);
      }
      return out;
    }
    if (s instanceof z.ZodArray) return [visit(s.element, key, owner, depth)];
    if (s instanceof z.ZodUnion || s instanceof z.ZodDiscriminatedUnion) {
      return visit((s.options as z.ZodTypeAny[])[0]!, key, owner, depth);
    }
    if (s instanceof z.ZodRecord) {
      return { [RECORD_KEYS[key] ?? 'key']: visit(s.valueSchema, key, owner, depth + 1) };
    }
    if (s instanceof z.ZodEnum) return (s.options as string[])[0];
    if (s instanceof z.ZodNativeEnum) return Object.values(s.enum as Record<string, unknown>)[0];
    if (s instanceof z.ZodLiteral) return s.value;
    if (s instanceof z.ZodString) return stringSample(s, STRINGS[`${owner}.${key}`] ?? STRINGS[key]);
    if (s instanceof z.ZodNumber) {
      const int = s._def.checks.some((c) => c.kind === 'int');
      const min = s._def.checks.find((c) => c.kind === 'min');
      return NUMBERS[key] ?? (min && 'value' in min ? min.value : int ? 1 : 1.5);
    }
    if (s instanceof z.ZodBoolean) return TRUE_FIELDS.includes(key);
    if (s instanceof z.ZodNull) return null;
    return '…';
  };
  return visit(schema, '', options.names.get(schema) ?? '', 0);
}

function stringSample(s: z.ZodString, byField: string | undefined): string {
  if (s._def.checks.some((c) => c.kind === 'datetime')) return SAMPLE_INSTANT;
  if (s._def.checks.some((c) => c.kind === 'regex' && c.regex.source.includes('\\d{4}-\\d{2}-\\d{2}')))
    return SAMPLE_DATE;
  return byField ?? '…';
}

/** JSON on one line, with a space after each `:` and `,` (and inside braces). */
function inlineJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inlineJson).join(', ')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${inlineJson(v)}`);
    return entries.length ? `{ ${entries.join(', ')} }` : '{}';
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * JSON as a person writes it: an object or array on one line when it fits in `width` (after `lead` characters
 * already on the line), else one entry per line, each compacted the same way.
 */
export function formatJson(value: unknown, width = 100, indent = '', lead = indent.length): string {
  const flat = inlineJson(value);
  if (lead + flat.length <= width || value === null || typeof value !== 'object') return flat;
  const inner = `${indent}  `;
  const items = Array.isArray(value)
    ? value.map((v) => inner + formatJson(v, width, inner))
    : Object.entries(value as Record<string, unknown>).map(([k, v]) => {
        const head = `${inner}${JSON.stringify(k)}: `;
        return head + formatJson(v, width, inner, head.length);
      });
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  return `${open}\n${items.join(',\n')}\n${indent}${close}`;
}
