// devices.list: a customer's own devices, or every device for staff, each with its warranty status now.
import { API } from '../../core/api';
import { deviceView } from '../../core/devices/view';
import type { CustomerDoc, DeviceDoc } from '../../core/model';
import type { Filter } from '../../platform/ports';
import { action } from '../_lib/action';

export const list = action(API.devices.list, async function list(_input, ctx) {
  const filter: Filter<DeviceDoc> = ctx.caller.role === 'customer' ? { customerId: ctx.caller.customerId ?? '' } : {};
  const items = await ctx.db.devices.findAll(filter, { field: 'serial' });
  const customers = await ctx.db.customers.byIds(items.map((d) => d.customerId));
  const byId = new Map<string, CustomerDoc>(customers.map((c) => [c.id, c]));
  return { items: items.map((d) => deviceView(d, byId.get(d.customerId) ?? null, ctx.now)) };
});
