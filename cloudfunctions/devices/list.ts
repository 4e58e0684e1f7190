// devices.list: a customer's own devices, or every device for staff, each with its warranty status now.
import { deviceView } from '../../core/devices/view';
import type { CustomerDoc, DeviceDoc } from '../../core/model';
import { DevicesListInput, DevicesListOutput } from '../../core/schemas/devices';
import type { Filter } from '../../platform/ports';
import { action, ANY_USER } from '../_lib/action';

export const list = action(
  {
    input: DevicesListInput,
    output: DevicesListOutput,
    access: ANY_USER,
    summary: '设备列表：客户只见本单位设备，员工可见全部；含保修状态',
  },
  async (_input, ctx) => {
    const filter: Filter<DeviceDoc> = ctx.caller.role === 'customer' ? { customerId: ctx.caller.customerId ?? '' } : {};
    const { items } = await ctx.db.devices.find(filter, { orderBy: { field: 'serial' }, limit: 1000 });
    const customerIds = [...new Set(items.map((d) => d.customerId))];
    const customers = customerIds.length
      ? (await ctx.db.customers.find({ id: { in: customerIds } }, { limit: 1000 })).items
      : [];
    const byId = new Map<string, CustomerDoc>(customers.map((c) => [c.id, c]));
    return { items: items.map((d) => deviceView(d, byId.get(d.customerId) ?? null, ctx.now)) };
  },
);
