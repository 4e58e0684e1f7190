// tickets.resolve: the assignee records cause, actions, parts and their signature; the fault report is the result.
import { API } from '../../core/api';
import { decideResolve } from '../../core/ticket/moves';
import { action } from '../_lib/action';
import { requireOwnUploads } from '../_lib/uploads';
import { actorOf, changeTicket, loadVisible } from '../_lib/ticket-store';
import { viewOf } from '../_lib/ticket-views';

export const resolve = action(API.tickets.resolve, async function resolve(input, ctx) {
  await requireOwnUploads(ctx.db, ctx.caller.userId, [input.handlerSignature], 'signature');
  const outcome = await changeTicket(
    ctx,
    async () => ({ ticket: await loadVisible(ctx, input.id), me: await ctx.db.users.mustGet(ctx.caller.userId) }),
    ({ ticket, me }) =>
      decideResolve(ticket, actorOf(ctx), {
        cause: input.cause,
        actions: input.actions,
        mode: input.mode,
        partsUsed: input.partsUsed,
        handlerSignature: input.handlerSignature,
        handlerName: me.name,
        ...(input.productFeedback ? { productFeedback: input.productFeedback } : {}),
      }),
  );
  // continuity: whoever fixed it is preferred for the next fault on this device or for this customer
  const device = await ctx.db.devices.bySerial(outcome.after.serial);
  if (device) await ctx.db.devices.update(device.id, { lastServedBy: ctx.caller.userId });
  await ctx.db.customers.update(outcome.after.customerId, { lastServedBy: ctx.caller.userId });
  await ctx.send(outcome.messages);
  const ticket = await viewOf(ctx, outcome.after);
  return { ticket, report: ticket.report! };
});
