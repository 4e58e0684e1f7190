// A major fault's call at once (立即视频指导): the experts on duty now by the expert team's roster (or, for a week
// without one, everyone not resting — as routing decides), the one already on the ticket first, then the shift's
// primary, then the least booked today; never one who is in another call now.
import type { UserDoc } from '../model';
import { dutyOf, type RosterDoc } from '../roster/roster';
import { calendarDateOf, type CalendarDate } from '../time';
import type { BusyTime } from './slots';

export interface LiveWorld {
  experts: readonly Pick<UserDoc, 'id' | 'stationId' | 'offDuty'>[];
  rosters: readonly RosterDoc[];
  holidayName: (date: CalendarDate) => string | null;
  /** active bookings of today (and any reaching into now) */
  busy: readonly BusyTime[];
}

export interface LiveCandidates {
  onDuty: string[];
  /** the on-duty experts free for [start, end), in the order to try */
  free: string[];
}

export function liveCandidates(world: LiveWorld, start: Date, end: Date, assigneeId: string | null): LiveCandidates {
  const today = calendarDateOf(start);
  const duty = new Map(
    world.experts.map((e) => [e.id, dutyOf(world.rosters, e.stationId, e, start, world.holidayName)] as const),
  );
  const onDuty = world.experts.filter((e) => duty.get(e.id)!.onDuty).map((e) => e.id);
  const inCall = (id: string) =>
    world.busy.some(
      (b) => b.expertId === id && Date.parse(b.start) < end.getTime() && start.getTime() < Date.parse(b.end),
    );
  const bookedToday = (id: string) =>
    world.busy.filter((b) => b.expertId === id && calendarDateOf(b.start) === today).length;
  const rank = (id: string) => [id === assigneeId ? 0 : 1, duty.get(id)!.role === 'primary' ? 0 : 1, bookedToday(id)];
  const free = onDuty
    .filter((id) => !inCall(id))
    .sort((a, b) => {
      const [ra, rb] = [rank(a), rank(b)];
      for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i]! - rb[i]!;
      return a.localeCompare(b);
    });
  return { onDuty, free };
}
