// devices.warranty: the warranty status of one device by serial — its own customer or staff only.
import { API } from '../../core/api';
import { requireDeviceVisible } from '../../core/devices/access';
import { warrantyStatus } from '../../core/warranty/status';
import { warrantyView } from '../../core/warranty/view';
import { action } from '../_lib/action';

export const warranty = action(API.devices.warranty, async function warranty({ serial }, ctx) {
  const device = requireDeviceVisible(ctx.caller, await ctx.db.devices.bySerial(serial));
  const customer = await ctx.db.customers.get(device.customerId);
  const status = warrantyStatus(device, customer, ctx.now);
  return { serial: device.serial, acceptedAt: device.acceptedAt, ...warrantyView(status) };
});
