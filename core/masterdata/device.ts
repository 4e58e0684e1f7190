// A device (设备档案) under the service plan: the fields it is registered with, and the pure rules of saving it — its
// site belongs to its customer, a device with open tickets stays with its customer, and what it repeats of its site
// (address, region) and of its warranty (the last covered day the list filters by) is recomputed on every save.
import { z } from 'zod';
import { PRODUCT_LINES, type ProductLine } from '../devices/product-lines';
import { AppError } from '../errors';
import type { CustomerDoc, DeviceDoc, SiteDoc } from '../model';
import { Serial } from '../schemas/common';
import { toInstant, type CalendarDate } from '../time';
import { lastCoveredDay, warrantyMonthsFor } from '../warranty/status';
import { RecordId } from './fields';
import { deviceSearchKeys } from './search-keys';

export const ProductLineSchema = z.enum(Object.keys(PRODUCT_LINES) as [ProductLine, ...ProductLine[]], {
  errorMap: () => ({ message: `产品线应为 ${Object.values(PRODUCT_LINES).join(' / ')} 之一` }),
});

export const DeviceFields = z
  .object({
    serial: Serial,
    customerId: RecordId,
    siteId: RecordId.optional(),
    name: z.string().trim().min(2, { message: '设备名称至少 2 个字' }).max(60),
    model: z.string().trim().min(1, { message: '请填写型号' }).max(40),
    productLine: ProductLineSchema,
    /** this device's own warranty months (overrides the contract's) */
    warrantyMonths: z.number().int({ message: '应为整数' }).min(1).max(120).optional(),
    /** false: retired (no new reports; tickets and history kept) */
    active: z.boolean().optional(),
  })
  .strict();
export type DeviceInput = z.infer<typeof DeviceFields>;

/** The last covered day of a device (null before acceptance): what the warranty filter of devices.list reads. */
export function warrantyLastDayOf(
  device: Pick<DeviceDoc, 'acceptedAt' | 'warrantyMonths'>,
  customer: Pick<CustomerDoc, 'contract'> | null,
): CalendarDate | null {
  return device.acceptedAt ? lastCoveredDay(device.acceptedAt, warrantyMonthsFor(device, customer)) : null;
}

/** Where a device stands, as it repeats it: its site's address and region (no site: the customer's address). */
export function devicePlace(
  site: Pick<SiteDoc, 'address' | 'region'> | null,
  customer: Pick<CustomerDoc, 'address'>,
): Pick<DeviceDoc, 'siteAddress' | 'region'> {
  return site ? { siteAddress: site.address, region: site.region } : { siteAddress: customer.address };
}

export interface DeviceSave {
  current: DeviceDoc | null;
  input: DeviceInput;
  customer: CustomerDoc;
  site: SiteDoc | null;
  /** open tickets on the device (a device being worked on stays with its customer) */
  openTickets: number;
  /** (caller, clientRequestId) of a create */
  requestKey?: string;
  now: Date;
}

/** The device as saved, or why it cannot be. */
export function deviceRecord(s: DeviceSave): Omit<DeviceDoc, 'version'> {
  const { current, input, customer, site } = s;
  if (site && site.customerId !== customer.id) {
    throw new AppError('VALIDATION_FAILED', '所选现场不属于该客户', [
      { path: 'device.siteId', message: '所选现场不属于该客户' },
    ]);
  }
  if (!current && customer.active === false) {
    throw new AppError('CONFLICT', `客户「${customer.name}」已停用，不能登记新设备`);
  }
  if (current && current.customerId !== customer.id && s.openTickets > 0) {
    throw new AppError('CONFLICT', `该设备有 ${s.openTickets} 张未完成的工单，处理完成后才能转给其他客户`, [
      { path: 'device.customerId', message: '设备有未完成的工单' },
    ]);
  }
  const at = toInstant(s.now);
  const { version: _v, region: _r, warrantyMonths: _w, siteId: _s, ...kept } = current ?? ({} as Partial<DeviceDoc>);
  const draft: Omit<DeviceDoc, 'version'> = {
    acceptedAt: null,
    createdAt: at,
    ...(s.requestKey ? { createdByRequest: s.requestKey } : {}),
    ...kept,
    id: input.serial,
    serial: input.serial,
    customerId: customer.id,
    ...(site ? { siteId: site.id } : {}),
    name: input.name,
    model: input.model,
    productLine: input.productLine,
    ...devicePlace(site, customer),
    ...(input.warrantyMonths !== undefined ? { warrantyMonths: input.warrantyMonths } : {}),
    active: input.active ?? current?.active ?? true,
    updatedAt: at,
  };
  return {
    ...draft,
    warrantyLastDay: warrantyLastDayOf(draft, customer),
    searchKeys: deviceSearchKeys(draft),
  };
}
