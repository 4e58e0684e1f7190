// The expert team as the desk's assign page lists it beside routing's candidates: routing never offers a ticket to an
// expert, so the desk reaches one only by 强制指派 (tickets.assign with an override) — each with their duty now and
// the open tickets they hold, on duty first, then the least loaded.
import { isActive, type UserDoc } from '../model';
import { dutyOf, type RosterDoc } from '../roster/roster';
import type { CalendarDate } from '../time';

export interface ExpertOption {
  technicianId: string;
  name: string;
  /** on the expert team's shift now (by its roster, else by their own on/off-duty flag) */
  onDuty: boolean;
  /** the duty in words: 值班（主班）· 不在班 · 在岗（未排班）… */
  duty: string;
  /** open tickets they hold (offered, accepted, on site) */
  openLoad: number;
}

export interface ExpertInputs {
  experts: readonly UserDoc[];
  rosters: readonly RosterDoc[];
  openLoad: Record<string, number>;
  holidayName: (date: CalendarDate) => string | null;
  now: Date;
}

/** Every active expert, on duty first, then by load, then by name. */
export function expertOptions({ experts, rosters, openLoad, holidayName, now }: ExpertInputs): ExpertOption[] {
  return experts
    .filter((u) => u.role === 'expert' && isActive(u))
    .map((u) => {
      const duty = dutyOf(rosters, u.stationId, u, now, holidayName);
      return { technicianId: u.id, name: u.name, onDuty: duty.onDuty, duty: duty.label, openLoad: openLoad[u.id] ?? 0 };
    })
    .sort(
      (a, b) =>
        Number(b.onDuty) - Number(a.onDuty) ||
        a.openLoad - b.openLoad ||
        a.name.localeCompare(b.name, 'zh-CN') ||
        a.technicianId.localeCompare(b.technicianId),
    );
}
