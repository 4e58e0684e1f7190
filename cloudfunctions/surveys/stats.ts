// surveys.stats: satisfaction per technician, station or month for tickets resolved in a period (dispatchers, admins).
import { API } from '../../core/api';
import { surveyStats, type ResolvedTicket } from '../../core/survey/stats';
import { action } from '../_lib/action';
import { periodOf } from '../_lib/period';

export const stats = action(API.surveys.stats, async function stats(input, ctx) {
  const tickets = await ctx.db.tickets.findAll({ resolvedAt: periodOf(input.from, input.to) }, { field: 'resolvedAt' });
  const surveyIds = tickets.flatMap((t) => (t.surveyId ? [t.surveyId] : []));
  const [found, users, stations] = await Promise.all([
    ctx.db.surveys.byIds(surveyIds),
    ctx.db.users.withRoles(['technician', 'expert']),
    ctx.db.stations.findAll(),
  ]);
  const surveys = new Map(found.map((s) => [s.id, s]));
  const userById = new Map(users.map((u) => [u.id, u]));
  const rows: ResolvedTicket[] = tickets.map((t) => {
    const survey = t.surveyId ? surveys.get(t.surveyId) : undefined;
    const technicianId = t.report?.handlerId ?? t.assigneeId;
    return {
      ticketId: t.id,
      resolvedAt: t.resolvedAt!,
      technicianId,
      stationId: survey?.stationId ?? (technicianId ? (userById.get(technicianId)?.stationId ?? null) : null),
      scores: survey?.scores ?? null,
    };
  });
  const names = new Map<string, string>([
    ...users.map((u) => [u.id, u.name] as [string, string]),
    ...stations.map((s) => [s.id, s.name] as [string, string]),
  ]);
  const result = surveyStats(rows, input.groupBy, (key) => names.get(key) ?? key);
  return { from: input.from, to: input.to, groupBy: input.groupBy, ...result };
});
