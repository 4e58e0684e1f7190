// tickets.arrive: the assignee checks in on site (with the phone's location when it gives one).
import { ArriveInput, TicketOutput } from '../../core/schemas/tickets';
import { arrive as arriveTicket } from '../../core/ticket/lifecycle';
import { action, roles } from '../_lib/action';
import { actorOf, loadVisible, mutateTicket, notifyCustomer, viewOf } from './shared';

export const arrive = action(
  {
    input: ArriveInput,
    output: TicketOutput,
    access: roles('technician', 'expert'),
    summary: '到达现场签到（可带定位）：仅处理人',
  },
  async ({ id, location }, ctx) => {
    const { after } = await mutateTicket(
      ctx,
      () => loadVisible(ctx, id),
      (t) => arriveTicket(t, actorOf(ctx), location),
    );
    await notifyCustomer(ctx, after, 'ticket.arrived', '工程师已到达现场', `${after.no}：工程师已到达现场`);
    return { ticket: await viewOf(ctx, after) };
  },
);
