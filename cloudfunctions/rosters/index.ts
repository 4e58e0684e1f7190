// The `rosters` function: the duty roster (值班制度) per station, edited week by week, with holiday marks and swaps.
import { AppError } from '../../core/errors';
import type { UserDoc } from '../../core/model';
import {
  dutyOf,
  onShift,
  rosterIdOf,
  rosterProblems,
  shiftAt,
  SHIFT_LABELS,
  swapEntries,
  weekDates,
  weekStartOf,
  type RosterDoc,
} from '../../core/roster/roster';
import { Empty } from '../../core/schemas/common';
import {
  OnDutyOutput,
  RosterSaveInput,
  RosterSwapInput,
  RosterWeekInput,
  RosterWeekOutput,
} from '../../core/schemas/rosters';
import { calendarDateOf, toInstant, toWire } from '../../core/time';
import { action, roles, type ActionMap } from '../_lib/action';
import type { ActionContext } from '../_lib/context';
import { dayInfo, holidayDataCovers, holidayNameOf } from '../_lib/holidays';

const WEEKDAYS = ['周一', '周二', '周三', '周四', '周五', '周六', '周日'];
const STAFF = ['technician', 'expert', 'dispatcher', 'admin'] as const;

async function stationAndMembers(ctx: ActionContext, stationId: string) {
  const station = await ctx.db.stations.mustGet(stationId, '服务站不存在');
  const members = (await ctx.db.users.find({ stationId }, { limit: 500 })).items.filter(
    (u) => u.role === 'technician' || u.role === 'expert',
  );
  return { station, members };
}

function requireStationAccess(ctx: ActionContext, stationId: string, write: boolean): void {
  const caller = ctx.caller;
  if (caller.kind !== 'user') throw new AppError('UNAUTHENTICATED', '请先登录');
  if (caller.role === 'dispatcher' || caller.role === 'admin') return;
  if (!write && caller.stationId === stationId) return;
  throw new AppError('FORBIDDEN', write ? '只有调度或管理员可以编辑值班表' : '只能查看本站的值班表');
}

async function weekView(ctx: ActionContext, stationId: string, weekStart: string) {
  const { station, members } = await stationAndMembers(ctx, stationId);
  const roster = await ctx.db.rosters.get(rosterIdOf(stationId, weekStart));
  const names = new Map<string, string>(members.map((m) => [m.id, m.name]));
  const extra = roster ? [...new Set(roster.swaps.flatMap((s) => [s.by]))].filter((id) => !names.has(id)) : [];
  if (extra.length) {
    for (const u of (await ctx.db.users.find({ id: { in: extra } }, { limit: 100 })).items) names.set(u.id, u.name);
  }
  const dates = weekDates(weekStart);
  return {
    station: { id: station.id, name: station.name },
    weekStart,
    days: dates.map((date, i) => {
      const info = dayInfo(date);
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
    holidayDataMissing: [...new Set(dates.map((d) => Number(d.slice(0, 4))))].some((y) => !holidayDataCovers(y)),
  };
}

const week = action(
  {
    input: RosterWeekInput,
    output: RosterWeekOutput,
    access: roles(...STAFF),
    summary: '查看某服务站一周的值班表（标注法定节假日与调休上班日）',
  },
  async (input, ctx) => {
    requireStationAccess(ctx, input.stationId, false);
    return weekView(ctx, input.stationId, weekStartOf(input.date ?? calendarDateOf(ctx.now)));
  },
);

const save = action(
  {
    input: RosterSaveInput,
    output: RosterWeekOutput,
    access: roles('dispatcher', 'admin'),
    summary: '保存某服务站一周的值班表（主班/备班，白班/夜班）；并发编辑以版本号防止覆盖',
  },
  async (input, ctx) => {
    if (weekStartOf(input.weekStart) !== input.weekStart) throw new AppError('VALIDATION_FAILED', 'weekStart 须为周一');
    const { members } = await stationAndMembers(ctx, input.stationId);
    const problems = rosterProblems(input.weekStart, input.entries, new Set(members.map((m) => m.id)));
    if (problems.length) {
      throw new AppError(
        'VALIDATION_FAILED',
        problems[0]!,
        problems.map((message) => ({ path: 'entries', message })),
      );
    }
    const id = rosterIdOf(input.stationId, input.weekStart);
    const existing = await ctx.db.rosters.get(id);
    const at = toInstant(ctx.now);
    if (!existing) {
      if (input.version) throw new AppError('CONFLICT', '值班表已被删除或尚未创建，请刷新');
      await ctx.db.rosters.insert({
        id,
        stationId: input.stationId,
        weekStart: input.weekStart,
        entries: input.entries,
        swaps: [],
        updatedBy: ctx.caller.userId,
        updatedAt: at,
      });
    } else {
      if (input.version !== existing.version) throw new AppError('CONFLICT', '值班表已被他人修改，请刷新后再保存');
      await ctx.db.rosters.update(
        id,
        { entries: input.entries, updatedBy: ctx.caller.userId, updatedAt: at },
        { ifVersion: existing.version },
      );
    }
    return weekView(ctx, input.stationId, input.weekStart);
  },
);

const swap = action(
  {
    input: RosterSwapInput,
    output: RosterWeekOutput,
    access: roles('dispatcher', 'admin'),
    summary: '换班：由另一位本站人员顶替某人某班次（记录在案）',
  },
  async (input, ctx) => {
    const { members } = await stationAndMembers(ctx, input.stationId);
    if (!members.some((m) => m.id === input.toUserId)) throw new AppError('VALIDATION_FAILED', '顶班人员须为本站人员');
    const weekStart = weekStartOf(input.date);
    const id = rosterIdOf(input.stationId, weekStart);
    for (let attempt = 0; attempt < 10; attempt++) {
      const roster = await ctx.db.rosters.mustGet(id, '该周尚无值班表');
      const entries = swapEntries(roster.entries, input);
      if (!entries) throw new AppError('CONFLICT', '该人员不在此班次');
      try {
        await ctx.db.rosters.update(
          id,
          {
            entries,
            swaps: [...roster.swaps, { at: toInstant(ctx.now), by: ctx.caller.userId, ...input }],
            updatedBy: ctx.caller.userId,
            updatedAt: toInstant(ctx.now),
          },
          { ifVersion: roster.version },
        );
        return weekView(ctx, input.stationId, weekStart);
      } catch (e) {
        if (attempt === 9) throw e;
      }
    }
    throw new AppError('CONFLICT', '请稍后重试');
  },
);

const onDuty = action(
  {
    input: Empty,
    output: OnDutyOutput,
    access: roles(...STAFF),
    summary: '当前在班人员（各服务站与专家团队，主班在前）',
  },
  async (_input, ctx) => {
    const { date, shift } = shiftAt(ctx.now);
    const [stations, rosters, staff] = await Promise.all([
      ctx.db.stations.find({}, { limit: 500 }),
      ctx.db.rosters.find({ weekStart: weekStartOf(date) }, { limit: 1000 }),
      ctx.db.users.find({ role: { in: ['technician', 'expert'] } }, { limit: 1000 }),
    ]);
    const byId = new Map<string, UserDoc>(staff.items.map((u) => [u.id, u]));
    return {
      at: toWire(ctx.now),
      shift: { date, name: shift, label: SHIFT_LABELS[shift] },
      stations: stations.items.map((s) => {
        const roster = rosters.items.find((r: RosterDoc) => r.stationId === s.id);
        const people = roster
          ? onShift(roster, ctx.now).map((e) => ({ id: e.userId, role: e.role }))
          : staff.items
              .filter((u) => u.stationId === s.id && dutyOf([], s.id, u, ctx.now, holidayNameOf).onDuty)
              .map((u) => ({ id: u.id, role: 'primary' as const }));
        return {
          id: s.id,
          name: s.name,
          rostered: Boolean(roster),
          people: people.map((p) => ({
            ...p,
            name: byId.get(p.id)?.name ?? p.id,
            phone: byId.get(p.id)?.phone ?? null,
          })),
        };
      }),
    };
  },
);

export const actions: ActionMap = { week, save, swap, onDuty };
