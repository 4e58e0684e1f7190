// sla.attainment: the share of promised times met, per milestone and per station or technician, over a period.
import { API } from '../../core/api';
import { attainment as attainmentOf, finishedClocksOf } from '../../core/sla/attainment';
import { NOBODY } from '../../core/sla/charge';
import { MILESTONE_LABELS } from '../../core/sla/policy';
import { action } from '../_lib/action';
import { periodOf } from '../_lib/period';
import { holidaysOf } from '../_lib/holidays';

export const attainment = action(API.sla.attainment, async function attainment(input, ctx) {
  const tickets = await ctx.db.tickets.findAll({ createdAt: periodOf(input.from, input.to) }, { field: 'createdAt' });
  const [users, stations, holidays] = await Promise.all([
    ctx.db.users.withRoles(['technician', 'expert']),
    ctx.db.stations.findAll(),
    holidaysOf(ctx),
  ]);
  const station = new Map(users.map((u) => [u.id, u.stationId ?? '-']));
  const labels = new Map<string, string>([
    ...users.map((u) => [u.id, u.name] as [string, string]),
    ...stations.map((s) => [s.id, s.name] as [string, string]),
  ]);
  // each clock counts for whom it is charged to: whoever met it, or whoever held the ticket when it breached
  const groupOf = (userId: string) =>
    input.groupBy === 'technician' || userId === NOBODY ? userId : (station.get(userId) ?? NOBODY);
  const clocks = tickets.flatMap((t) => finishedClocksOf(t, holidays, ctx.now, groupOf));
  const result = attainmentOf(clocks, (k) => labels.get(k) ?? k);
  const label = (row: ReturnType<typeof attainmentOf>['total']) => ({
    ...row,
    cells: row.cells.map((c) => ({ ...c, label: MILESTONE_LABELS[c.milestone] })),
  });
  return {
    from: input.from,
    to: input.to,
    groupBy: input.groupBy,
    tickets: tickets.length,
    rows: result.rows.map(label),
    total: label(result.total),
  };
});
