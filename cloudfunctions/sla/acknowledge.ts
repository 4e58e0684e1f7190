// sla.acknowledge: "我来处理" — someone takes an escalation; the ladder stops climbing for that milestone, and
// everyone else the escalation called is told who took it.
import { API } from '../../core/api';
import { decideAcknowledge } from '../../core/ticket/moves';
import { action } from '../_lib/action';
import { loadStaff } from '../_lib/routing-inputs';
import { actorOf, changeTicket, loadVisible } from '../_lib/ticket-store';
import { viewOf } from '../_lib/ticket-views';

export const acknowledge = action(API.sla.acknowledge, async function acknowledge({ id, milestone }, ctx) {
  const outcome = await changeTicket(
    ctx,
    async () => {
      const [ticket, me, staff] = await Promise.all([
        loadVisible(ctx, id),
        ctx.db.users.get(ctx.caller.userId),
        loadStaff(ctx),
      ]);
      return { ticket, me, staff };
    },
    ({ ticket, me, staff }) => decideAcknowledge(ticket, actorOf(ctx), me?.name ?? ctx.caller.userId, milestone, staff),
  );
  await ctx.send(outcome.messages);
  return { ticket: await viewOf(ctx, outcome.after) };
});
