// The duty roster (值班表): two shifts a day (day 08:00–20:00, night 20:00–08:00 next morning), a primary and a backup
// per shift, edited week by week per station. Who is on duty now decides routing and who the ladder calls.
import { addCalendarDays, calendarDateOf, toWire, type CalendarDate, type Instant } from '../time';
import type { StoredDoc } from '../model';

export const SHIFTS = ['day', 'night'] as const;
export type ShiftName = (typeof SHIFTS)[number];
export const SHIFT_LABELS: Record<ShiftName, string> = { day: '白班 08:00–20:00', night: '夜班 20:00–次日 08:00' };
export const DUTY_ROLES = ['primary', 'backup'] as const;
export type DutyRole = (typeof DUTY_ROLES)[number];
export const DUTY_ROLE_LABELS: Record<DutyRole, string> = { primary: '主班', backup: '备班' };

export interface RosterEntry {
  date: CalendarDate;
  shift: ShiftName;
  userId: string;
  role: DutyRole;
}

export interface RosterSwap {
  at: Instant;
  by: string;
  date: CalendarDate;
  shift: ShiftName;
  fromUserId: string;
  toUserId: string;
  reason?: string;
}

export interface RosterDoc extends StoredDoc {
  stationId: string;
  /** the Monday the week starts on */
  weekStart: CalendarDate;
  entries: RosterEntry[];
  swaps: RosterSwap[];
  updatedBy: string;
  updatedAt: Instant;
}

export const rosterIdOf = (stationId: string, weekStart: CalendarDate) => `${stationId}:${weekStart}`;

/** The Monday of the week a business date falls in. */
export function weekStartOf(date: CalendarDate): CalendarDate {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  const isoDay = day === 0 ? 7 : day;
  return addCalendarDays(date, -(isoDay - 1));
}

export function weekDates(weekStart: CalendarDate): CalendarDate[] {
  return Array.from({ length: 7 }, (_, i) => addCalendarDays(weekStart, i));
}

/** The shift covering an instant: before 08:00 it is the previous date's night shift. */
export function shiftAt(now: Date): { date: CalendarDate; shift: ShiftName } {
  const date = calendarDateOf(now);
  const hour = Number(toWire(now).slice(11, 13));
  if (hour >= 8 && hour < 20) return { date, shift: 'day' };
  if (hour >= 20) return { date, shift: 'night' };
  return { date: addCalendarDays(date, -1), shift: 'night' };
}

export interface Duty {
  onDuty: boolean;
  role: DutyRole | null;
  /** in words, for routing's reasons ("值班（主班）", "节假日值班（主班）", "未排班") */
  label: string;
}

/**
 * Whether a user is on duty now by their station's roster. A station with no roster for the week falls back to the
 * user's own resting flag (a new deployment routes before anyone has drawn up a roster).
 */
export function dutyOf(
  rosters: readonly RosterDoc[],
  stationId: string | undefined,
  user: { id: string; offDuty?: boolean },
  now: Date,
  holidayName: (date: CalendarDate) => string | null,
): Duty {
  const { date, shift } = shiftAt(now);
  const roster = rosters.find((r) => r.stationId === stationId && r.weekStart === weekStartOf(date));
  if (!roster) {
    return user.offDuty
      ? { onDuty: false, role: null, label: '休息中（未排班）' }
      : { onDuty: true, role: null, label: '在岗（未排班）' };
  }
  const entry = roster.entries.find((e) => e.date === date && e.shift === shift && e.userId === user.id);
  if (!entry) return { onDuty: false, role: null, label: '不在班' };
  const holiday = holidayName(date);
  return {
    onDuty: true,
    role: entry.role,
    label: `${holiday ? `${holiday}值班` : '值班'}（${DUTY_ROLE_LABELS[entry.role]}）`,
  };
}

/** Who is on the shift covering `now` at a station, primary first. */
export function onShift(roster: RosterDoc | undefined, now: Date): RosterEntry[] {
  if (!roster) return [];
  const { date, shift } = shiftAt(now);
  return roster.entries
    .filter((e) => e.date === date && e.shift === shift)
    .sort((a, b) => (a.role === b.role ? 0 : a.role === 'primary' ? -1 : 1));
}

/** Problems with a week's entries (dates outside the week, strangers, two primaries on one shift). */
export function rosterProblems(
  weekStart: CalendarDate,
  entries: readonly RosterEntry[],
  members: ReadonlySet<string>,
): string[] {
  const dates = new Set(weekDates(weekStart));
  const problems: string[] = [];
  const seen = new Set<string>();
  const primaries = new Map<string, number>();
  for (const e of entries) {
    if (!dates.has(e.date)) problems.push(`${e.date} 不在本周内`);
    if (!members.has(e.userId)) problems.push(`${e.userId} 不是本站人员`);
    const key = `${e.date}/${e.shift}/${e.userId}`;
    if (seen.has(key)) problems.push(`${e.date} ${SHIFT_LABELS[e.shift]} 重复安排了同一人`);
    seen.add(key);
    if (e.role === 'primary') {
      const slot = `${e.date}/${e.shift}`;
      primaries.set(slot, (primaries.get(slot) ?? 0) + 1);
    }
  }
  for (const [slot, n] of primaries) if (n > 1) problems.push(`${slot.replace('/', ' ')} 有 ${n} 个主班`);
  return [...new Set(problems)];
}

/** A shift swap: the covering person takes the other's place (and role) on that shift. */
export function swapEntries(
  entries: readonly RosterEntry[],
  swap: Pick<RosterSwap, 'date' | 'shift' | 'fromUserId' | 'toUserId'>,
): RosterEntry[] | null {
  const index = entries.findIndex(
    (e) => e.date === swap.date && e.shift === swap.shift && e.userId === swap.fromUserId,
  );
  if (index < 0) return null;
  const next = entries.filter(
    (e, i) => i === index || !(e.date === swap.date && e.shift === swap.shift && e.userId === swap.toUserId),
  );
  const at = next.findIndex((e) => e.date === swap.date && e.shift === swap.shift && e.userId === swap.fromUserId);
  next[at] = { ...next[at]!, userId: swap.toUserId };
  return next;
}
