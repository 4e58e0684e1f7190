// Who each escalation rung calls (service plan, 三级升级): a warning goes to the assignee and the dispatchers; rung 1
// to the on-site team (assignee, the station's lead and the shift's primary, the dispatchers); rung 2 adds the
// expert team (those on duty, else all); rung 3, the task force, adds the admins. The expert plan's warning and
// breach always reach the expert team, who owe it.
import type { StationDoc, UserDoc } from '../model';
import { dutyOf, onShift, type RosterDoc } from '../roster/roster';
import type { CalendarDate } from '../time';
import type { Level } from './ladder';
import type { MilestoneName } from './policy';

/** The staff an SLA pass may call on, loaded once per pass. */
export interface SlaStaff {
  dispatchers: Pick<UserDoc, 'id'>[];
  admins: Pick<UserDoc, 'id'>[];
  experts: Pick<UserDoc, 'id' | 'stationId' | 'offDuty'>[];
  stations: Pick<StationDoc, 'id' | 'region' | 'leadId'>[];
  /** the rosters of the week covering now */
  rosters: RosterDoc[];
  holidayName: (date: CalendarDate) => string | null;
  /** staff who left or are suspended: never called, though a station or a roster still names them */
  inactive?: readonly string[];
}

export interface RungPeople {
  dispatchers: string[];
  admins: string[];
  experts: string[];
  /** the region's station lead and the on-duty primary of the current shift */
  leads: string[];
  /** who is never called (left or suspended), whatever role they hold on the ticket */
  inactive?: ReadonlySet<string>;
}

/** The people of each rung for a ticket in this region, now. */
export function rungPeople(region: string, s: SlaStaff, now: Date): RungPeople {
  const onDuty = s.experts.filter((x) => dutyOf(s.rosters, x.stationId, x, now, s.holidayName).onDuty);
  const station = s.stations.find((st) => st.region === region);
  const shiftLead = station
    ? onShift(
        s.rosters.find((r) => r.stationId === station.id),
        now,
      )[0]?.userId
    : undefined;
  return {
    dispatchers: s.dispatchers.map((u) => u.id),
    admins: s.admins.map((u) => u.id),
    experts: (onDuty.length ? onDuty : s.experts).map((u) => u.id),
    leads: [...new Set([station?.leadId, shiftLead].filter((x): x is string => Boolean(x)))],
    inactive: new Set(s.inactive ?? []),
  };
}

/**
 * Who a warning or a rung calls for a milestone, each once. The expert plan (专家方案) is the expert team's to give,
 * so its warning and every rung of its breach call the experts too, whatever the rung.
 */
export function rungRecipients(
  level: Level | 'warn',
  assigneeId: string | null,
  p: RungPeople,
  milestone?: MilestoneName,
): string[] {
  const team = [assigneeId, ...p.leads, ...p.dispatchers];
  const list =
    level === 'warn'
      ? [assigneeId, ...p.dispatchers]
      : level === 1
        ? team
        : level === 2
          ? [...team, ...p.experts]
          : [...team, ...p.experts, ...p.admins];
  const owners = milestone === 'plan' ? p.experts : [];
  return [...new Set([...list, ...owners].filter((x): x is string => Boolean(x) && !p.inactive?.has(x!)))];
}
