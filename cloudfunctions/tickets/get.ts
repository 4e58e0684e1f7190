// tickets.get: one ticket with its timeline, for those who may see it (others are told it does not exist).
import { TicketIdInput, TicketOutput } from '../../core/schemas/tickets';
import { action, ANY_USER } from '../_lib/action';
import { loadVisible, viewOf } from './shared';

export const get = action(
  {
    input: TicketIdInput,
    output: TicketOutput,
    access: ANY_USER,
    summary: '工单详情（含时间线）：报修客户、处理人、调度、管理员可见；专家可见重大故障',
  },
  async ({ id }, ctx) => ({ ticket: await viewOf(ctx, await loadVisible(ctx, id)) }),
);
