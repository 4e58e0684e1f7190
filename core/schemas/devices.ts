// Inputs and outputs of the `devices` function: the devices a caller may see, with their warranty status.
import { z } from 'zod';
import { CalendarDateSchema, Empty, Serial, WireInstant } from './common';

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
  serial: z.string(),
  name: z.string(),
  model: z.string(),
  productLine: z.string(),
  /** the product line in words (自助服务终端) */
  productLineName: z.string(),
  siteAddress: z.string(),
  customerId: z.string(),
  customerName: z.string(),
  acceptedAt: CalendarDateSchema.nullable(),
  warranty: WarrantyView,
});
export type DeviceView = z.infer<typeof DeviceView>;

export const DevicesListInput = Empty;
export const DevicesListOutput = z.object({ items: z.array(DeviceView) });

export const DeviceWarrantyInput = z.object({ serial: Serial }).strict();
export const DeviceWarrantyOutput = WarrantyView.extend({
  serial: z.string(),
  acceptedAt: CalendarDateSchema.nullable(),
});
