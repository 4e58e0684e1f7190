// tickets.candidates: how routing would score every technician for this ticket now — shown beside each name on assign.
import { CandidatesOutput, TicketIdInput } from '../../core/schemas/tickets';
import { action, roles } from '../_lib/action';
import { loadVisible, routingFor } from './shared';

export const candidates = action(
  {
    input: TicketIdInput,
    output: CandidatesOutput,
    access: roles('dispatcher', 'admin'),
    summary: '候选工程师：按派单规则为每位工程师打分并说明理由或排除原因（供调度指派参考）',
  },
  async ({ id }, ctx) => {
    const ticket = await loadVisible(ctx, id);
    const decision = await routingFor(ctx, ticket, 'dispatcher');
    return { candidates: decision.candidates };
  },
);
