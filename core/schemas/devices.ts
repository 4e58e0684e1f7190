// Inputs and outputs of the `devices` function: the devices a caller may see, with their warranty status.
import { z } from 'zod';
import { CalendarDateSchema, Empty, Serial, WireInstant } from './common';

export const WarrantyStateSchema = z.enum(['in', 'expiring', 'out', 'not-accepted']);

export const WarrantyView = z.object({
  status: WarrantyStateSchema,
  label: z.string(),
  inWarranty: z.boolean(),
  billable: z.boolean(),
  months: z.number().int(),
  lastDay: CalendarDateSchema.nullable(),
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
