// The roster week as a grid the desk edits: per date and shift, one primary and any backups; and 复制上周.
import { startOfCalendarDate } from '../core/time';
import type { RosterEntry } from './api';

export type Shift = RosterEntry['shift'];
export const SHIFT_NAMES: Record<Shift, string> = { day: '白班', night: '夜班' };
export const SHIFT_HOURS: Record<Shift, string> = { day: '08:00–20:00', night: '20:00–次日 08:00' };

export interface Cell {
  primary: string | null;
  backups: string[];
}

export function cellOf(entries: readonly RosterEntry[], date: string, shift: Shift): Cell {
  const here = entries.filter((e) => e.date === date && e.shift === shift);
  return {
    primary: here.find((e) => e.role === 'primary')?.userId ?? null,
    backups: here.filter((e) => e.role === 'backup').map((e) => e.userId),
  };
}

/** The week's entries with one cell replaced (a person is primary or backup, never both). */
export function withCell(entries: readonly RosterEntry[], date: string, shift: Shift, cell: Cell): RosterEntry[] {
  const others = entries.filter((e) => !(e.date === date && e.shift === shift));
  const backups = [...new Set(cell.backups)].filter((id) => id !== cell.primary);
  return [
    ...others,
    ...(cell.primary ? [{ date, shift, userId: cell.primary, role: 'primary' as const }] : []),
    ...backups.map((userId) => ({ date, shift, userId, role: 'backup' as const })),
  ];
}

/** Another week's entries moved by `days` (复制上周: +7), keeping only members still at the station. */
export function shiftedEntries(
  entries: readonly RosterEntry[],
  days: number,
  members: ReadonlySet<string>,
): RosterEntry[] {
  return entries
    .filter((e) => members.has(e.userId))
    .map((e) => ({ ...e, date: startOfCalendarDate(e.date).add(days, 'day').format('YYYY-MM-DD') }));
}

/** "YYYY-MM-DD" of the date `days` after (or before) this one. */
export function addDays(date: string, days: number): string {
  return startOfCalendarDate(date).add(days, 'day').format('YYYY-MM-DD');
}
