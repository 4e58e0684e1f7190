// Devices as a caller sees them: each with its customer's name and terms (the warranty) and its site's name, looked
// up in bulk.
import { deviceView } from '../../core/devices/view';
import type { DeviceDoc } from '../../core/model';
import type { DeviceView } from '../../core/schemas/devices';
import type { ActionContext } from './context';

export async function deviceViewsOf(ctx: ActionContext, devices: readonly DeviceDoc[]): Promise<DeviceView[]> {
  const siteIds = devices.map((d) => d.siteId).filter((id): id is string => Boolean(id));
  const [customers, sites] = await Promise.all([
    ctx.db.customers.byIds(devices.map((d) => d.customerId)),
    siteIds.length ? ctx.db.sites.byIds(siteIds) : [],
  ]);
  const customer = new Map(customers.map((c) => [c.id, c]));
  const site = new Map(sites.map((s) => [s.id, s]));
  return devices.map((d) =>
    deviceView(d, customer.get(d.customerId) ?? null, ctx.now, d.siteId ? (site.get(d.siteId) ?? null) : null),
  );
}

export async function deviceViewOf(ctx: ActionContext, device: DeviceDoc): Promise<DeviceView> {
  return (await deviceViewsOf(ctx, [device]))[0]!;
}
