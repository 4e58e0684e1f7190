// customers.saveSite: an admin creates or edits a site of a customer. The devices standing there take its address
// and region (their tickets' address and routing region); the customer's main address follows its main site.
import { API } from '../../core/api';
import { customerScopeOf } from '../../core/masterdata/changes';
import { siteRecord } from '../../core/masterdata/customer';
import { devicePlace } from '../../core/masterdata/device';
import { customerSummaryView, siteView } from '../../core/masterdata/views';
import type { SiteDoc } from '../../core/model';
import { toInstant } from '../../core/time';
import { action } from '../_lib/action';
import { refreshCustomer } from '../_lib/customer-records';
import { saveRecord } from '../_lib/history';
import { createdId } from '../_lib/record-ids';
import type { UserCtx } from '../_lib/ticket-store';

export const saveSite = action(API.customers.saveSite, async function saveSite(input, ctx) {
  const customer = await ctx.db.customers.mustGet(input.customerId, '客户档案不存在');
  const id = input.site.id ?? createdId('site', ctx.caller.userId, input.clientRequestId, ctx.now);
  const current = await ctx.db.sites.get(id);
  const replay = !input.site.id && current?.customerId === customer.id;
  const saved = replay
    ? { doc: current, changed: false }
    : await saveRecord(ctx, ctx.db.sites, id, (stored) => siteRecord(stored, customer.id, id, input.site, ctx.now), {
        kind: 'site',
        scope: customerScopeOf(customer.id),
        ifVersion: input.ifVersion,
        initial: current,
      });
  if (saved.changed && current && (current.address !== saved.doc.address || current.region !== saved.doc.region)) {
    await moveDevices(ctx, saved.doc);
  }
  const refreshed = await refreshCustomer(ctx, customer.id);
  return { site: siteView(saved.doc), customer: customerSummaryView(refreshed) };
});

/** The site's devices repeat its address and region (a device's tickets are addressed and routed by them). */
async function moveDevices(ctx: UserCtx, site: SiteDoc): Promise<void> {
  const customer = await ctx.db.customers.mustGet(site.customerId);
  for (const device of await ctx.db.devices.ofSite(site.id)) {
    await ctx.db.devices.update(device.id, { ...devicePlace(site, customer), updatedAt: toInstant(ctx.now) });
  }
}
