// tickets.take: an expert or the station lead steps in and takes the ticket themselves — accepted at once, the round's
// open escalations acknowledged. Of racing takers exactly one wins; the others get CONFLICT.
import { API } from '../../core/api';
import { decideTake } from '../../core/ticket/moves';
import { action } from '../_lib/action';
import { loadStaff } from '../_lib/routing-inputs';
import { changeTicket, loadVisibleWithStanding } from '../_lib/ticket-store';
import { viewOf } from '../_lib/ticket-views';

export const take = action(API.tickets.take, async function take({ id }, ctx) {
  const outcome = await changeTicket(
    ctx,
    async () => {
      const [{ ticket, standing }, me, staff] = await Promise.all([
        loadVisibleWithStanding(ctx, id),
        ctx.db.users.mustGet(ctx.caller.userId, '用户不存在'),
        loadStaff(ctx),
      ]);
      return { ticket, standing, me, staff };
    },
    ({ ticket, standing, me, staff }) =>
      decideTake(
        ticket,
        { caller: ctx.caller, name: me.name, ...(me.phone ? { phone: me.phone } : {}), active: me.active !== false },
        standing,
        staff,
        ctx.now,
      ),
  );
  await ctx.send(outcome.messages);
  return { ticket: await viewOf(ctx, outcome.after) };
});
