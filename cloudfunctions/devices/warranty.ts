// devices.warranty: the warranty status of one device by serial — its own customer or staff only.
import { requireDeviceVisible } from '../../core/devices/access';
import { DeviceWarrantyInput, DeviceWarrantyOutput } from '../../core/schemas/devices';
import { warrantyStatus } from '../../core/warranty/status';
import { warrantyView } from '../../core/warranty/view';
import { action, ANY_USER } from '../_lib/action';

export const warranty = action(
  {
    input: DeviceWarrantyInput,
    output: DeviceWarrantyOutput,
    access: ANY_USER,
    summary: '按序列号查询保修状态（在保、剩余天数、到期时间）',
  },
  async ({ serial }, ctx) => {
    const device = requireDeviceVisible(ctx.caller, await ctx.db.devices.findOne({ serial }));
    const customer = await ctx.db.customers.get(device.customerId);
    const status = warrantyStatus(device, customer, ctx.now);
    return { serial: device.serial, acceptedAt: device.acceptedAt, ...warrantyView(status) };
  },
);
