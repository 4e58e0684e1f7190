// tickets.resolve: the assignee records cause, actions, parts and signs: the fault report (故障处理报告) is produced.
import { ResolveInput, ResolveOutput } from '../../core/schemas/tickets';
import { resolve as resolveTicket } from '../../core/ticket/lifecycle';
import { faultReportView } from '../../core/ticket/view';
import { action, roles } from '../_lib/action';
import { requireOwnUploads } from '../_lib/uploads';
import { actorOf, loadVisible, mutateTicket, notifyCustomer, viewOf } from './shared';

export const resolve = action(
  {
    input: ResolveInput,
    output: ResolveOutput,
    access: roles('technician', 'expert'),
    summary: '提交处理结果并签名：生成故障处理报告，客户可查看与下载',
  },
  async (input, ctx) => {
    await requireOwnUploads(ctx.db, ctx.caller.userId, [input.handlerSignature], 'signature');
    const me = await ctx.db.users.mustGet(ctx.caller.userId);
    const { after } = await mutateTicket(
      ctx,
      () => loadVisible(ctx, input.id),
      (t) =>
        resolveTicket(t, actorOf(ctx), {
          cause: input.cause,
          actions: input.actions,
          mode: input.mode,
          partsUsed: input.partsUsed,
          handlerSignature: input.handlerSignature,
          handlerName: me.name,
          ...(input.productFeedback ? { productFeedback: input.productFeedback } : {}),
        }),
    );
    // continuity for the next fault on this device or for this customer
    const device = await ctx.db.devices.findOne({ serial: after.serial });
    if (device) await ctx.db.devices.update(device.id, { lastServedBy: ctx.caller.userId });
    await ctx.db.customers.update(after.customerId, { lastServedBy: ctx.caller.userId });
    await notifyCustomer(
      ctx,
      after,
      'ticket.resolved',
      '故障已处理，请确认并评价',
      `${after.no}：处理报告已生成，请确认修复结果并评价本次服务`,
    );
    const report = faultReportView(after.report!, () => '');
    const ticket = await viewOf(ctx, after);
    return { ticket, report: ticket.report ?? report };
  },
);
