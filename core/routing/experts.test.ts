import type { UserDoc } from '../model';
import type { RosterDoc } from '../roster/roster';
import { expertOptions } from './experts';

const bj = (local: string) => new Date(`${local}+08:00`);
const noHoliday = () => null;
const person = (id: string, patch: Partial<UserDoc> = {}): UserDoc => ({
  id,
  version: 1,
  name: id,
  role: 'expert',
  stationId: 'st-expert',
  createdAt: '2026-01-01T00:00:00.000Z',
  ...patch,
});
const roster = (entries: RosterDoc['entries']): RosterDoc => ({
  id: 'st-expert:2026-11-23',
  version: 1,
  stationId: 'st-expert',
  weekStart: '2026-11-23',
  entries,
  swaps: [],
  updatedBy: 'a-1',
  updatedAt: '2026-11-20T00:00:00.000Z',
});

describe('the expert team on the assign page', () => {
  const now = bj('2026-11-25T10:00:00');

  test('every active expert is listed, with their duty by the expert team roster and their open load', () => {
    const options = expertOptions({
      experts: [person('e-1', { name: '周博' }), person('e-2', { name: '吴敏' })],
      rosters: [roster([{ date: '2026-11-25', shift: 'day', userId: 'e-2', role: 'primary' }])],
      openLoad: { 'e-1': 2 },
      holidayName: () => '国庆节',
      now,
    });
    expect(options).toEqual([
      { technicianId: 'e-2', name: '吴敏', onDuty: true, duty: '国庆节值班（主班）', openLoad: 0 },
      { technicianId: 'e-1', name: '周博', onDuty: false, duty: '不在班', openLoad: 2 },
    ]);
  });

  test('on duty first, then the least loaded; without a roster their own on/off-duty flag counts', () => {
    const options = expertOptions({
      experts: [person('e-1', { offDuty: true }), person('e-2'), person('e-3')],
      rosters: [],
      openLoad: { 'e-2': 3, 'e-3': 1 },
      holidayName: noHoliday,
      now,
    });
    expect(options.map((o) => [o.technicianId, o.duty])).toEqual([
      ['e-3', '在岗（未排班）'],
      ['e-2', '在岗（未排班）'],
      ['e-1', '休息中（未排班）'],
    ]);
  });

  test('someone who has left, or who is not an expert, is not listed', () => {
    const options = expertOptions({
      experts: [person('e-1', { active: false }), person('t-1', { role: 'technician' }), person('e-2')],
      rosters: [],
      openLoad: {},
      holidayName: noHoliday,
      now,
    });
    expect(options.map((o) => o.technicianId)).toEqual(['e-2']);
  });
});
