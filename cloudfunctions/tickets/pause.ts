// tickets.pause / tickets.resume: "waiting for the customer" (or for parts) stops the SLA clocks; the customer's answer
// (or the assignee, or a dispatcher) resumes them. Paused time never counts.
import { PauseInput, ResumeInput, TicketOutput } from '../../core/schemas/tickets';
import { pause as pauseTicket, PAUSE_LABELS, resume as resumeTicket } from '../../core/ticket/lifecycle';
import { action, roles, ANY_USER } from '../_lib/action';
import { actorOf, loadVisible, mutateTicket, notifyCustomer, viewOf } from './shared';

export const pause = action(
  {
    input: PauseInput,
    output: TicketOutput,
    access: roles('technician', 'expert'),
    summary: '暂停计时（等待客户 / 等待配件，须填原因）：仅处理人；暂停期间不计入时限',
  },
  async ({ id, kind, reason }, ctx) => {
    const { after } = await mutateTicket(
      ctx,
      () => loadVisible(ctx, id),
      (t) => pauseTicket(t, actorOf(ctx), kind, reason),
    );
    if (kind === 'customer') {
      await notifyCustomer(ctx, after, 'ticket.paused', '等待您的回复', `${after.no}：${reason}（回复后继续计时）`);
    }
    return { ticket: await viewOf(ctx, after) };
  },
);

export const resume = action(
  {
    input: ResumeInput,
    output: TicketOutput,
    access: ANY_USER,
    summary: `恢复计时：客户答复（${PAUSE_LABELS.customer}）、处理人或调度可恢复`,
  },
  async ({ id, note }, ctx) => {
    const { after } = await mutateTicket(
      ctx,
      () => loadVisible(ctx, id),
      (t) => resumeTicket(t, actorOf(ctx), note),
    );
    if (after.assigneeId && after.assigneeId !== ctx.caller.userId) {
      await ctx.notify({
        to: after.assigneeId,
        template: 'ticket.paused',
        title: '计时已恢复',
        body: `${after.no}：${note ? `客户答复：${note}` : '已恢复计时'}`,
        link: `/technician/job/index?id=${after.id}`,
        data: { ticketId: after.id, no: after.no },
        dedupeKey: `resumed:${after.id}:${after.events.length}`,
      });
    }
    return { ticket: await viewOf(ctx, after) };
  },
);
