// Inputs and outputs of the `devices` function: the devices a caller may see, with their warranty status.
import { z } from 'zod';
import { AcceptInput } from '../devices/acceptance';
import { DeviceFields } from '../masterdata/device';
import { CreateRequestId, IfVersion, RecordId } from '../masterdata/fields';
import { CalendarDateSchema, Cursor, SearchText, Serial, WireInstant } from './common';

export const WarrantyStateSchema = z.enum(['in', 'expiring', 'out', 'not-accepted']);

export const WarrantyView = z.object({
  status: WarrantyStateSchema,
  label: z.string(),
  /** what applies to repairs and parts, in words (未验收（项目交付期）：按合同处理，不按成本收费 …) */
  terms: z.string(),
  inWarranty: z.boolean(),
  /** repairs and parts billed at cost: out of warranty only (before acceptance the contract applies) */
  billable: z.boolean(),
  months: z.number().int(),
  /** the last covered day, inclusive: "保修至 lastDay" */
  lastDay: CalendarDateSchema.nullable(),
  /** the last covered instant: the end (23:59:59 +08:00) of lastDay, so its date is lastDay */
  warrantyEndsAt: WireInstant.nullable(),
  daysLeft: z.number().int(),
  daysSinceExpiry: z.number().int(),
});
export type WarrantyView = z.infer<typeof WarrantyView>;

export const DeviceView = z.object({
  id: z.string(),
  /** pass as ifVersion when saving an edit */
  version: z.number().int(),
  serial: z.string(),
  name: z.string(),
  model: z.string(),
  productLine: z.string(),
  /** the product line in words (自助服务终端) */
  productLineName: z.string(),
  siteAddress: z.string(),
  siteId: z.string().nullable(),
  siteName: z.string().nullable(),
  /** the region its tickets are routed in: its site's, else its customer's */
  region: z.string(),
  customerId: z.string(),
  customerName: z.string(),
  acceptedAt: CalendarDateSchema.nullable(),
  /** this device's own warranty months (null: the contract's or the plan's apply) */
  warrantyMonths: z.number().int().nullable(),
  /** false: retired (no new reports) */
  active: z.boolean(),
  warranty: WarrantyView,
});
export type DeviceView = z.infer<typeof DeviceView>;

/**
 * `{}`: every device the caller may see (a customer: its own). The filters narrow it; with `cursor` or `limit` the
 * list comes a page at a time (limit ≤ 100, default 20) and answers `nextCursor`.
 */
export const DevicesListInput = z
  .object({
    /** a piece of the serial, name or model */
    q: SearchText,
    customerId: RecordId.optional(),
    siteId: RecordId.optional(),
    /** the warranty state today */
    warranty: WarrantyStateSchema.optional(),
    /** true: in service; false: retired; absent: both */
    active: z.boolean().optional(),
    cursor: Cursor,
    limit: z.number().int().min(1).max(100).optional(),
  })
  .strict();
export const DevicesListOutput = z.object({
  items: z.array(DeviceView),
  /** only when paging (cursor or limit given): the next page's cursor, null on the last */
  nextCursor: z.string().nullable().optional(),
});

export const DevicesSaveInput = z
  .object({
    /** the whole record. Without ifVersion: a new device (its serial must be new); with it: an edit of that serial */
    device: DeviceFields,
    ifVersion: IfVersion.optional(),
    clientRequestId: CreateRequestId.optional(),
  })
  .strict();
export const DeviceOutput = z.object({ device: DeviceView });

export const FileRef = z.object({ fileId: z.string(), url: z.string() });

export const AcceptanceView = z.object({
  id: z.string(),
  serial: z.string(),
  acceptedAt: CalendarDateSchema,
  /** passed: the warranty started; failed: items to rework first, nothing started */
  result: z.enum(['passed', 'failed']),
  resultLabel: z.string(),
  checklist: z.array(z.object({ item: z.string(), ok: z.boolean(), note: z.string().optional() })),
  photos: z.array(FileRef),
  customerSignature: FileRef,
  customerSignerName: z.string().nullable(),
  /** the warranty it started: months and the last covered day */
  warranty: z.object({ months: z.number().int(), lastDay: CalendarDateSchema }).nullable(),
  byName: z.string(),
  byRole: z.string(),
  recordedAt: WireInstant,
  /** superseded: corrected by an admin later, or a failed acceptance repeated */
  status: z.enum(['current', 'superseded']),
  correctionReason: z.string().nullable(),
});
export type AcceptanceView = z.infer<typeof AcceptanceView>;

export const DevicesAcceptInput = AcceptInput;
export const DevicesAcceptOutput = z.object({ device: DeviceView, acceptance: AcceptanceView });

export const DevicesLabelsInput = z
  .object({
    serials: z.array(Serial).min(1, { message: '请至少选择一台设备' }).max(100, { message: '一次最多打印 100 张标签' }),
  })
  .strict();
export const DevicesLabelsOutput = z.object({
  fileName: z.string(),
  url: z.string(),
  contentType: z.string(),
  /** labels in the file (one per device) */
  count: z.number().int(),
});

export const DeviceWarrantyInput = z.object({ serial: Serial }).strict();
export const DeviceWarrantyOutput = WarrantyView.extend({
  serial: z.string(),
  acceptedAt: CalendarDateSchema.nullable(),
});
