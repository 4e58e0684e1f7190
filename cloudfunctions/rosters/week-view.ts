// A station's week as the roster page shows it (days with holiday marks, entries, members, swaps), and who may see
// or edit which station's roster.
import { AppError } from '../../core/errors';
import { isActive } from '../../core/model';
import { rosterIdOf, weekDates } from '../../core/roster/roster';
import { toWire } from '../../core/time';
import type { ActionContext } from '../_lib/context';
import { holidayNotice } from '../../core/calendar/holidays';
import { holidaysOf } from '../_lib/holidays';

const WEEKDAYS = ['周一', '周二', '周三', '周四', '周五', '周六', '周日'];

/** The station, its field staff who may be rostered (active), and everyone who ever was (names on past weeks). */
export async function stationAndMembers(ctx: ActionContext, stationId: string) {
  const station = await ctx.db.stations.mustGet(stationId, '服务站不存在');
  const people = (await ctx.db.users.atStation(stationId)).filter(
    (u) => u.role === 'technician' || u.role === 'expert',
  );
  return { station, members: people.filter(isActive), people };
}

export function requireStationAccess(ctx: ActionContext, stationId: string, write: boolean): void {
  const caller = ctx.caller;
  if (caller.kind !== 'user') throw new AppError('UNAUTHENTICATED', '请先登录');
  if (caller.role === 'dispatcher' || caller.role === 'admin') return;
  if (!write && caller.stationId === stationId) return;
  throw new AppError('FORBIDDEN', write ? '只有调度或管理员可以编辑值班表' : '只能查看本站的值班表');
}

export async function weekView(ctx: ActionContext, stationId: string, weekStart: string) {
  const { station, members, people } = await stationAndMembers(ctx, stationId);
  const [roster, holidays] = await Promise.all([ctx.db.rosters.get(rosterIdOf(stationId, weekStart)), holidaysOf(ctx)]);
  const names = new Map<string, string>(people.map((m) => [m.id, m.name]));
  const extra = roster ? [...new Set(roster.swaps.flatMap((s) => [s.by]))].filter((id) => !names.has(id)) : [];
  for (const u of await ctx.db.users.byIds(extra)) names.set(u.id, u.name);
  const dates = weekDates(weekStart);
  return {
    station: { id: station.id, name: station.name },
    weekStart,
    days: dates.map((date, i) => {
      const info = holidays.dayInfo(date);
      return { date, weekday: WEEKDAYS[i]!, kind: info.kind, holidayName: info.name };
    }),
    entries: roster?.entries ?? [],
    members: members.map((m) => ({ id: m.id, name: m.name, role: m.role })),
    swaps: (roster?.swaps ?? []).map((s) => ({
      at: toWire(s.at),
      byName: names.get(s.by) ?? s.by,
      date: s.date,
      shift: s.shift,
      fromName: names.get(s.fromUserId) ?? s.fromUserId,
      toName: names.get(s.toUserId) ?? s.toUserId,
      ...(s.reason ? { reason: s.reason } : {}),
    })),
    version: roster?.version ?? null,
    holidayDataMissing: dates.some((d) => holidays.coverage(Number(d.slice(0, 4))) === 'statutory-only'),
    holidayNotice: holidayNotice(holidays, dates),
  };
}
