// tickets.attachPlan: the expert team's solution plan (专家方案) for a major fault, owed within 2 hours.
import { API } from '../../core/api';
import { decidePlan } from '../../core/ticket/moves';
import { action } from '../_lib/action';
import { loadStaff } from '../_lib/routing-inputs';
import { actorOf, changeTicket, loadVisible } from '../_lib/ticket-store';
import { viewOf } from '../_lib/ticket-views';

export const attachPlan = action(API.tickets.attachPlan, async function attachPlan({ id, plan }, ctx) {
  const outcome = await changeTicket(
    ctx,
    async () => ({
      ticket: await loadVisible(ctx, id),
      me: await ctx.db.users.mustGet(ctx.caller.userId),
      staff: await loadStaff(ctx),
    }),
    ({ ticket, me, staff }) => decidePlan(ticket, { ...actorOf(ctx), name: me.name }, plan, staff),
  );
  await ctx.send(outcome.messages);
  return { ticket: await viewOf(ctx, outcome.after) };
});
