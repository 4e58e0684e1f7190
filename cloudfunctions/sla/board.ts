// sla.board: the dispatcher's board — open tickets grouped by SLA state, most urgent first.
import { API } from '../../core/api';
import { BOARD_LABELS, boardStateOf, planFor } from '../../core/sla/summary';
import type { BoardItem } from '../../core/schemas/sla';
import { OPEN_STATUSES, STATUS_LABELS } from '../../core/ticket/transitions';
import { toWire } from '../../core/time';
import { action } from '../_lib/action';
import { holidaysOf } from '../_lib/holidays';

const BOARD_ORDER = ['escalated', 'breached', 'warned', 'paused', 'on-track'] as const;

export const board = action(API.sla.board, async function board(_input, ctx) {
  const open = await ctx.db.tickets.findAll({ status: { in: [...OPEN_STATUSES] } });
  const ids = [...new Set(open.flatMap((t) => (t.assigneeId ? [t.assigneeId] : [])))];
  const customerIds = [...new Set(open.map((t) => t.customerId))];
  const [users, customers, holidays] = await Promise.all([
    ctx.db.users.byIds(ids),
    ctx.db.customers.byIds(customerIds),
    holidaysOf(ctx),
  ]);
  const name = new Map(users.map((u) => [u.id, u.name]));
  const customer = new Map(customers.map((c) => [c.id, c.name]));
  const items = open.map((t) => {
    const plan = planFor(t, holidays, ctx.now);
    const state = boardStateOf(t, plan);
    const urgent = plan.snapshot.clocks
      .filter(
        (c) =>
          c.metAt === null &&
          c.stoppedAt === null &&
          (c.state === 'running' || c.state === 'breached' || c.state === 'paused'),
      )
      .sort((a, b) => (a.remainingMinutes ?? 0) - (b.remainingMinutes ?? 0))[0];
    const item: BoardItem = {
      id: t.id,
      no: t.no,
      status: t.status,
      statusLabel: STATUS_LABELS[t.status],
      severity: t.severity,
      deviceName: t.deviceName,
      customerName: customer.get(t.customerId) ?? t.customerId,
      assigneeName: t.assigneeId ? (name.get(t.assigneeId) ?? t.assigneeId) : null,
      state: state === 'done' ? 'on-track' : state,
      escalationLevel: Math.max(0, ...plan.escalations.map((e) => e.level)),
      urgent: urgent
        ? {
            milestone: urgent.name,
            label: urgent.label,
            dueAt: urgent.dueAt ? toWire(urgent.dueAt) : null,
            remainingMinutes: urgent.remainingMinutes,
          }
        : null,
    };
    return item;
  });
  const left = (i: BoardItem) => i.urgent?.remainingMinutes ?? Number.MAX_SAFE_INTEGER;
  return {
    at: toWire(ctx.now),
    total: items.length,
    groups: BOARD_ORDER.map((state) => ({
      state,
      label: BOARD_LABELS[state],
      items: items.filter((i) => i.state === state).sort((a, b) => left(a) - left(b)),
    })),
  };
});
