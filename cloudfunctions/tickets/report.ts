// tickets.report: a customer reports a fault on one of their devices; routed at once. Idempotent by clientRequestId.
import { API } from '../../core/api';
import { requireDeviceVisible } from '../../core/devices/access';
import { action } from '../_lib/action';
import { fileReport } from '../_lib/report-pipeline';
import { requireOwnUploads } from '../_lib/uploads';

export { newTicketId, requestKeyFor } from '../_lib/report-pipeline';

export const report = action(API.tickets.report, async function report(input, ctx) {
  return fileReport(ctx, input.clientRequestId, async () => {
    const device = requireDeviceVisible(ctx.caller, await ctx.db.devices.bySerial(input.serial));
    await requireOwnUploads(ctx.db, ctx.caller.userId, input.photos, 'photo');
    if (input.video) await requireOwnUploads(ctx.db, ctx.caller.userId, [input.video], 'video');
    const customer = await ctx.db.customers.mustGet(device.customerId, '客户档案不存在');
    return {
      device,
      customer,
      details: {
        severity: input.severity,
        category: input.category,
        description: input.description,
        ...(input.environment ? { environment: input.environment } : {}),
        photos: input.photos,
        ...(input.video ? { video: input.video } : {}),
        contactPhone: input.contactPhone ?? customer.contactPhone,
        address: input.address ?? (device.siteAddress || customer.address),
      },
    };
  });
});
