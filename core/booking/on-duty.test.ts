import type { RosterDoc } from '../roster/roster';
import { liveCandidates } from './on-duty';

const bj = (local: string) => new Date(`${local}+08:00`);
const roster: RosterDoc = {
  id: 'st-expert:2026-12-07',
  version: 1,
  stationId: 'st-expert',
  weekStart: '2026-12-07',
  entries: [
    { date: '2026-12-07', shift: 'day', userId: 'e-2', role: 'primary' },
    { date: '2026-12-07', shift: 'day', userId: 'e-1', role: 'backup' },
  ],
  swaps: [],
  updatedBy: 'd',
  updatedAt: '',
};
const experts = ['e-1', 'e-2', 'e-3'].map((id) => ({ id, stationId: 'st-expert' }));
const start = bj('2026-12-07T10:07:00');
const end = bj('2026-12-07T10:37:00');
const world = (busy: { expertId: string; start: string; end: string }[] = []) => ({
  experts,
  rosters: [roster],
  holidayName: () => null,
  busy,
});

describe('a major fault’s call at once', () => {
  test('the experts on duty now, the primary first; the one on the ticket before them', () => {
    expect(liveCandidates(world(), start, end, null)).toEqual({ onDuty: ['e-1', 'e-2'], free: ['e-2', 'e-1'] });
    expect(liveCandidates(world(), start, end, 'e-1').free).toEqual(['e-1', 'e-2']);
  });

  test('never someone in another call now; nobody on duty at night by this roster', () => {
    const inCall = [
      { expertId: 'e-2', start: bj('2026-12-07T10:00:00').toISOString(), end: bj('2026-12-07T10:30:00').toISOString() },
    ];
    expect(liveCandidates(world(inCall), start, end, null).free).toEqual(['e-1']);
    expect(liveCandidates(world(), bj('2026-12-07T21:00:00'), bj('2026-12-07T21:30:00'), null)).toEqual({
      onDuty: [],
      free: [],
    });
    // a week without a roster: everyone not resting, as routing decides
    const next = bj('2026-12-15T10:00:00');
    expect(
      liveCandidates(
        { ...world(), experts: [...experts.slice(0, 2), { id: 'e-3', stationId: 'st-expert', offDuty: true }] },
        next,
        new Date(next.getTime() + 1_800_000),
        null,
      ).onDuty,
    ).toEqual(['e-1', 'e-2']);
  });
});
