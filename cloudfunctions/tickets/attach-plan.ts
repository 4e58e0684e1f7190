// tickets.attachPlan: the expert team attaches the solution plan (专家方案) a major fault is owed within 2 hours.
import { PlanInput, TicketOutput } from '../../core/schemas/tickets';
import { attachPlan as attachPlanTo } from '../../core/ticket/lifecycle';
import { action, roles } from '../_lib/action';
import { actorOf, loadVisible, mutateTicket, notifyCustomer, viewOf } from './shared';

export const attachPlan = action(
  {
    input: PlanInput,
    output: TicketOutput,
    access: roles('expert'),
    summary: '专家提交解决方案（重大故障须在 2 小时内）',
  },
  async ({ id, plan }, ctx) => {
    const me = await ctx.db.users.mustGet(ctx.caller.userId);
    const { after } = await mutateTicket(
      ctx,
      () => loadVisible(ctx, id),
      (t) => attachPlanTo(t, { ...actorOf(ctx), name: me.name }, plan),
    );
    if (after.assigneeId) {
      await ctx.notify({
        to: after.assigneeId,
        template: 'ticket.major',
        title: '专家方案已提交',
        body: `${after.no}：${plan.slice(0, 40)}`,
        link: `/technician/job/index?id=${after.id}`,
        data: { ticketId: after.id, no: after.no },
        dedupeKey: `plan:${after.id}:${after.events.length}`,
      });
    }
    await notifyCustomer(ctx, after, 'ticket.major', '专家已给出解决方案', `${after.no}：专家团队已制定解决方案`);
    return { ticket: await viewOf(ctx, after) };
  },
);
