import { dutyOf, rosterProblems, shiftAt, swapEntries, weekDates, weekStartOf, type RosterDoc } from './roster';

const bj = (local: string) => new Date(`${local}+08:00`);
const roster = (entries: RosterDoc['entries']): RosterDoc => ({
  id: 'st:2026-11-23',
  version: 1,
  stationId: 'st',
  weekStart: '2026-11-23',
  entries,
  swaps: [],
  updatedBy: 'd',
  updatedAt: '',
});
const noHoliday = () => null;

describe('duty roster', () => {
  test('weeks start on Monday; the night shift after midnight belongs to the previous date', () => {
    expect(weekStartOf('2026-11-25')).toBe('2026-11-23');
    expect(weekStartOf('2026-11-29')).toBe('2026-11-23');
    expect(weekStartOf('2026-11-30')).toBe('2026-11-30');
    expect(weekDates('2026-11-23')).toHaveLength(7);
    expect(shiftAt(bj('2026-11-25T09:00:00'))).toEqual({ date: '2026-11-25', shift: 'day' });
    expect(shiftAt(bj('2026-11-25T21:00:00'))).toEqual({ date: '2026-11-25', shift: 'night' });
    expect(shiftAt(bj('2026-11-26T07:59:00'))).toEqual({ date: '2026-11-25', shift: 'night' });
    // Monday 03:00 is Sunday's night shift: last week's roster
    expect(shiftAt(bj('2026-11-30T03:00:00'))).toEqual({ date: '2026-11-29', shift: 'night' });
  });

  test('on duty by the roster, primary or backup, with the holiday named; off the roster is off duty', () => {
    const r = roster([
      { date: '2026-11-25', shift: 'day', userId: 'a', role: 'primary' },
      { date: '2026-11-25', shift: 'day', userId: 'b', role: 'backup' },
    ]);
    expect(dutyOf([r], 'st', { id: 'a' }, bj('2026-11-25T10:00:00'), noHoliday)).toEqual({
      onDuty: true,
      role: 'primary',
      label: '值班（主班）',
    });
    expect(dutyOf([r], 'st', { id: 'b' }, bj('2026-11-25T10:00:00'), () => '国庆节').label).toBe('国庆节值班（备班）');
    expect(dutyOf([r], 'st', { id: 'a' }, bj('2026-11-25T21:00:00'), noHoliday).onDuty).toBe(false);
    // no roster for the station and week: the user's own flag
    expect(dutyOf([], 'st', { id: 'a' }, bj('2026-11-25T10:00:00'), noHoliday)).toMatchObject({
      onDuty: true,
      label: '在岗（未排班）',
    });
    expect(dutyOf([], 'st', { id: 'a', offDuty: true }, bj('2026-11-25T10:00:00'), noHoliday).onDuty).toBe(false);
  });

  test('problems: outside the week, strangers, two primaries on a shift', () => {
    const problems = rosterProblems(
      '2026-11-23',
      [
        { date: '2026-11-30', shift: 'day', userId: 'a', role: 'primary' },
        { date: '2026-11-24', shift: 'day', userId: 'x', role: 'backup' },
        { date: '2026-11-24', shift: 'night', userId: 'a', role: 'primary' },
        { date: '2026-11-24', shift: 'night', userId: 'b', role: 'primary' },
      ],
      new Set(['a', 'b']),
    );
    expect(problems).toEqual(['2026-11-30 不在本周内', 'x 不是本站人员', '2026-11-24 night 有 2 个主班']);
    expect(rosterProblems('2026-11-23', [], new Set())).toEqual([]);
  });

  test('a swap puts the covering person in the other’s place and role', () => {
    const entries = [
      { date: '2026-11-25', shift: 'day' as const, userId: 'a', role: 'primary' as const },
      { date: '2026-11-25', shift: 'day' as const, userId: 'b', role: 'backup' as const },
    ];
    expect(swapEntries(entries, { date: '2026-11-25', shift: 'day', fromUserId: 'a', toUserId: 'c' })).toEqual([
      { date: '2026-11-25', shift: 'day', userId: 'c', role: 'primary' },
      { date: '2026-11-25', shift: 'day', userId: 'b', role: 'backup' },
    ]);
    // the backup covering the primary: one person, primary
    expect(swapEntries(entries, { date: '2026-11-25', shift: 'day', fromUserId: 'a', toUserId: 'b' })).toEqual([
      { date: '2026-11-25', shift: 'day', userId: 'b', role: 'primary' },
    ]);
    expect(swapEntries(entries, { date: '2026-11-26', shift: 'day', fromUserId: 'a', toUserId: 'b' })).toBeNull();
  });
});
