// devices.save: an admin registers a device (a new serial) or edits one (with ifVersion). A serial already
// registered is CONFLICT naming the field; its site must be its customer's; a device with open tickets stays with its
// customer. The customers' search keys follow (a whole serial finds its customer).
import { API } from '../../core/api';
import { AppError } from '../../core/errors';
import { customerScopeOf } from '../../core/masterdata/changes';
import { deviceRecord } from '../../core/masterdata/device';
import type { DeviceDoc } from '../../core/model';
import { action } from '../_lib/action';
import { refreshCustomer } from '../_lib/customer-records';
import { deviceViewOf } from '../_lib/device-views';
import { saveRecord } from '../_lib/history';
import { requestKeyOf } from '../_lib/record-ids';
import type { UserCtx } from '../_lib/ticket-store';

export const save = action(API.devices.save, async function save(input, ctx) {
  const fields = input.device;
  const creating = input.ifVersion === undefined;
  const requestKey = input.clientRequestId ? requestKeyOf(ctx.caller.userId, input.clientRequestId) : undefined;
  const existing = await ctx.db.devices.bySerial(fields.serial);
  if (creating && existing) {
    if (requestKey && existing.createdByRequest === requestKey) return { device: await deviceViewOf(ctx, existing) };
    throw await duplicateSerial(ctx, existing);
  }
  if (!creating && !existing) {
    throw new AppError('NOT_FOUND', `序列号 ${fields.serial} 尚未登记`, [
      { path: 'device.serial', message: '设备不存在' },
    ]);
  }
  const [customer, site, open] = await Promise.all([
    ctx.db.customers.get(fields.customerId),
    fields.siteId ? ctx.db.sites.get(fields.siteId) : null,
    existing ? ctx.db.tickets.openOn(existing.serial) : [],
  ]);
  if (!customer) {
    throw new AppError('NOT_FOUND', '客户档案不存在', [{ path: 'device.customerId', message: '客户档案不存在' }]);
  }
  if (fields.siteId && !site) {
    throw new AppError('VALIDATION_FAILED', '现场不存在', [{ path: 'device.siteId', message: '现场不存在' }]);
  }
  const saved = await saveRecord(
    ctx,
    ctx.db.devices,
    fields.serial,
    (stored) =>
      deviceRecord({
        current: stored,
        input: fields,
        customer,
        site,
        openTickets: open.length,
        ...(requestKey ? { requestKey } : {}),
        now: ctx.now,
      }),
    { kind: 'device', scope: customerScopeOf(customer.id), ifVersion: input.ifVersion, initial: existing },
  );
  // registered by someone else in between (the serial is the id): the same answer as when it was there before
  if (creating && !saved.created && saved.doc.createdByRequest !== requestKey)
    throw await duplicateSerial(ctx, saved.doc);
  if (saved.changed) {
    await refreshCustomer(ctx, customer.id);
    if (existing && existing.customerId !== customer.id) await refreshCustomer(ctx, existing.customerId);
  }
  return { device: await deviceViewOf(ctx, saved.doc) };
});

/** The serial is taken: CONFLICT naming the field, and whose device it is (staff only call this). */
async function duplicateSerial(ctx: UserCtx, existing: DeviceDoc): Promise<AppError> {
  const owner = await ctx.db.customers.get(existing.customerId);
  return new AppError(
    'CONFLICT',
    `序列号 ${existing.serial} 已登记${owner ? `（客户：${owner.name}）` : ''}，请核对铭牌；修改该设备请从设备档案进入`,
    [{ path: 'device.serial', message: '序列号已登记' }],
  );
}
