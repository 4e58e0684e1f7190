// surveys.stats: satisfaction per technician, station or month for tickets resolved in a period (dispatchers, admins).
import { SurveyStatsInput, SurveyStatsOutput } from '../../core/schemas/surveys';
import { surveyStats, type ResolvedTicket } from '../../core/survey/stats';
import type { SurveyDoc } from '../../core/model';
import { action, roles } from '../_lib/action';
import { findAll, periodOf } from '../_lib/find-all';

export const stats = action(
  {
    input: SurveyStatsInput,
    output: SurveyStatsOutput,
    access: roles('dispatcher', 'admin'),
    summary: '满意度统计：按工程师/服务站/月份统计各项均分、评价率与满意率（4–5 分占比）',
  },
  async (input, ctx) => {
    const tickets = await findAll(
      ctx.db.tickets,
      { resolvedAt: periodOf(input.from, input.to) },
      { field: 'resolvedAt' },
    );
    const surveyIds = tickets.flatMap((t) => (t.surveyId ? [t.surveyId] : []));
    const surveys = new Map<string, SurveyDoc>();
    for (let i = 0; i < surveyIds.length; i += 500) {
      const page = await ctx.db.surveys.find({ id: { in: surveyIds.slice(i, i + 500) } }, { limit: 500 });
      page.items.forEach((s) => surveys.set(s.id, s));
    }
    const [users, stations] = await Promise.all([
      ctx.db.users.find({ role: { in: ['technician', 'expert'] } }, { limit: 1000 }),
      ctx.db.stations.find({}, { limit: 1000 }),
    ]);
    const userById = new Map(users.items.map((u) => [u.id, u]));
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
      ...users.items.map((u) => [u.id, u.name] as [string, string]),
      ...stations.items.map((s) => [s.id, s.name] as [string, string]),
    ]);
    const result = surveyStats(rows, input.groupBy, (key) => names.get(key) ?? key);
    return { from: input.from, to: input.to, groupBy: input.groupBy, ...result };
  },
);
