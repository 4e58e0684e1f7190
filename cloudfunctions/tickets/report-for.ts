// tickets.reportFor: the hotline — a dispatcher or admin reports a fault for a customer who called, wrote on WeChat
// or asked on site. Routed and clocked exactly as the customer's own report (one pipeline); the ticket records the
// channel and the caller, is the customer organisation's (their list shows it), and its customer messages go to the
// organisation's primary contact when that contact is bound to a user. Idempotent per (desk caller, clientRequestId).
import { API } from '../../core/api';
import { AppError } from '../../core/errors';
import { primaryContactOf } from '../../core/masterdata/customer';
import { isActive, type CustomerDoc } from '../../core/model';
import { action } from '../_lib/action';
import { fileReport } from '../_lib/report-pipeline';
import type { UserCtx } from '../_lib/ticket-store';

export const reportFor = action(API.tickets.reportFor, async function reportFor(input, ctx) {
  return fileReport(ctx, input.clientRequestId, async () => {
    const [device, customer] = await Promise.all([
      ctx.db.devices.bySerial(input.serial),
      ctx.db.customers.mustGet(input.customerId, '客户档案不存在'),
    ]);
    if (!device || device.customerId !== customer.id) {
      throw new AppError('NOT_FOUND', `「${customer.name}」名下没有序列号为 ${input.serial} 的设备`, [
        { path: 'serial', message: '该客户名下没有这台设备' },
      ]);
    }
    return {
      device,
      customer,
      details: {
        severity: input.severity,
        category: input.category,
        description: input.description,
        ...(input.environment ? { environment: input.environment } : {}),
        photos: [],
        contactPhone: input.callerPhone,
        address: input.address ?? (device.siteAddress || customer.address),
        hotline: {
          channel: input.channel,
          caller: { name: input.callerName, phone: input.callerPhone },
          customerRecipientId: await primaryContactUser(ctx, customer),
        },
      },
    };
  });
});

/** The user acting as the customer's primary contact, when one is bound and active; else null. */
async function primaryContactUser(ctx: UserCtx, customer: CustomerDoc): Promise<string | null> {
  const primary = primaryContactOf(await ctx.db.contacts.ofCustomer(customer.id));
  if (!primary?.userId) return null;
  const user = await ctx.db.users.get(primary.userId);
  return user && isActive(user) && user.customerId === customer.id ? user.id : null;
}
