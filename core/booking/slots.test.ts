import { toWire } from '../time';
import type { RosterDoc, RosterEntry } from '../roster/roster';
import { availabilityProblems, publishedSpansOn } from './availability';
import {
  candidatesFor,
  cellsOf,
  isOnGrid,
  rangeProblem,
  shiftCover,
  slotsBetween,
  type Helper,
  type SlotWorld,
} from './slots';

// Business time for readability: 2026-12-07 is a Monday.
const bj = (local: string) => new Date(`${local}+08:00`);
const wire = (iso: string) => toWire(iso);
const workdays = (date: string) => ({ kind: date === '2027-01-01' ? ('holiday' as const) : ('workday' as const) });

const helper = (id: string, weekly: Helper['availability']['weekly'], extra: Partial<Helper> = {}): Helper => ({
  id,
  stationId: 'st-expert',
  availability: { weekly, exceptions: [] },
  ...extra,
});

const roster = (weekStart: string, entries: RosterEntry[]): RosterDoc => ({
  id: `st-expert:${weekStart}`,
  version: 1,
  stationId: 'st-expert',
  weekStart,
  entries,
  swaps: [],
  updatedBy: 'd',
  updatedAt: '',
});

const world = (over: Partial<SlotWorld>): SlotWorld => ({
  helpers: [],
  rosters: [],
  dayInfo: workdays,
  busy: [],
  ...over,
});

const NOW = bj('2026-12-01T12:00:00');
const starts = (w: SlotWorld, from: string, to = from, now = NOW) =>
  slotsBetween(w, from, to, now).map((s) => `${wire(s.start).slice(11, 16)}${s.available ? '' : ' taken'}`);

describe('slots from published hours', () => {
  test('half hours in Beijing time, on the wire with +08:00', () => {
    const w = world({ helpers: [helper('e-1', [{ weekday: 1, from: '09:00', to: '10:00' }])] });
    const slots = slotsBetween(w, '2026-12-07', '2026-12-07', NOW);
    expect(slots.map((s) => [s.start, s.end])).toEqual([
      ['2026-12-07T01:00:00.000Z', '2026-12-07T01:30:00.000Z'],
      ['2026-12-07T01:30:00.000Z', '2026-12-07T02:00:00.000Z'],
    ]);
    expect(wire(slots[0]!.start)).toBe('2026-12-07T09:00:00+08:00');
    expect(slots.every((s) => s.available)).toBe(true);
    // a window that does not fill a half hour gives no slot
    const odd = world({ helpers: [helper('e-1', [{ weekday: 1, from: '09:10', to: '10:00' }])] });
    expect(starts(odd, '2026-12-07')).toEqual(['09:30']);
  });

  test('a statutory holiday is closed, unless an exception opens it; an exception closes an ordinary day', () => {
    // 2027-01-01 is a Friday and 元旦
    const h = helper('e-1', [{ weekday: 5, from: '09:00', to: '10:00' }]);
    expect(starts(world({ helpers: [h] }), '2027-01-01')).toEqual([]);
    const opened = {
      ...h,
      availability: { ...h.availability, exceptions: [{ date: '2027-01-01', from: '14:00', to: '15:00' }] },
    };
    expect(starts(world({ helpers: [opened] }), '2027-01-01')).toEqual(['14:00', '14:30']);
    const closed = { ...h, availability: { ...h.availability, exceptions: [{ date: '2026-12-11' }] } };
    expect(starts(world({ helpers: [closed] }), '2026-12-11')).toEqual([]);
    expect(starts(world({ helpers: [h] }), '2026-12-11')).toEqual(['09:00', '09:30']);
  });

  test('published hours where the expert is not on shift are not bookable; no roster that week: hours alone', () => {
    const h = helper('e-1', [{ weekday: 1, from: '07:00', to: '10:00' }]);
    // the roster gives e-1 only the day shift (08–20) on Monday: 07:00–08:00 is the night shift of Sunday
    const r = roster('2026-12-07', [{ date: '2026-12-07', shift: 'day', userId: 'e-1', role: 'primary' }]);
    const lastWeek = roster('2026-11-30', []);
    expect(starts(world({ helpers: [h], rosters: [r, lastWeek] }), '2026-12-07')).toEqual([
      '08:00',
      '08:30',
      '09:00',
      '09:30',
    ]);
    // the week of 2026-12-14 has no roster saved: on Tuesday the published hours stand alone
    const tuesday = helper('e-1', [{ weekday: 2, from: '07:00', to: '10:00' }]);
    expect(starts(world({ helpers: [tuesday], rosters: [r, lastWeek] }), '2026-12-15')).toEqual([
      '07:00',
      '07:30',
      '08:00',
      '08:30',
      '09:00',
      '09:30',
    ]);
    // a roster that week without the expert: nothing
    const other = roster('2026-12-07', [{ date: '2026-12-07', shift: 'day', userId: 'e-2', role: 'primary' }]);
    expect(starts(world({ helpers: [h], rosters: [other, lastWeek] }), '2026-12-07')).toEqual([]);
    // without last week's roster, Sunday's night shift (until Monday 08:00) counts the published hours alone
    expect(starts(world({ helpers: [h], rosters: [r] }), '2026-12-07').slice(0, 2)).toEqual(['07:00', '07:30']);
  });

  test('overlapping hours of two experts give each slot once, free while either is', () => {
    const a = helper('e-1', [{ weekday: 1, from: '09:00', to: '10:30' }]);
    const b = helper('e-2', [{ weekday: 1, from: '10:00', to: '11:00' }]);
    const slots = slotsBetween(world({ helpers: [a, b] }), '2026-12-07', '2026-12-07', NOW);
    expect(slots.map((s) => [wire(s.start).slice(11, 16), s.free])).toEqual([
      ['09:00', ['e-1']],
      ['09:30', ['e-1']],
      ['10:00', ['e-1', 'e-2']],
      ['10:30', ['e-2']],
    ]);
  });

  test('a slot across a shift change only for an expert who works both shifts', () => {
    const rules = { slotMinutes: 60, stepMinutes: 30, leadMinutes: 15 };
    const hours = [{ weekday: 1, from: '19:00', to: '21:00' }];
    const dayOnly = roster('2026-12-07', [{ date: '2026-12-07', shift: 'day', userId: 'e-1', role: 'primary' }]);
    const both = roster('2026-12-07', [
      { date: '2026-12-07', shift: 'day', userId: 'e-1', role: 'primary' },
      { date: '2026-12-07', shift: 'night', userId: 'e-1', role: 'primary' },
    ]);
    const at = (r: RosterDoc) =>
      slotsBetween(
        world({ helpers: [helper('e-1', hours)], rosters: [r] }),
        '2026-12-07',
        '2026-12-07',
        NOW,
        rules,
      ).map((s) => wire(s.start).slice(11, 16));
    // 19:00–20:00 fits the day shift; 19:30–20:30 crosses 20:00
    expect(at(dayOnly)).toEqual(['19:00']);
    expect(at(both)).toEqual(['19:00', '19:30', '20:00']);
    // a night shift of Sunday covers Monday until 08:00 through last week's roster
    const sunday = roster('2026-11-30', [{ date: '2026-12-06', shift: 'night', userId: 'e-1', role: 'primary' }]);
    const cover = shiftCover([sunday, dayOnly], { id: 'e-1', stationId: 'st-expert' }, '2026-12-07', '2026-12-07');
    expect(cover.map(([s, e]) => [wire(new Date(s).toISOString()), wire(new Date(e).toISOString())])).toEqual([
      ['2026-12-07T00:00:00+08:00', '2026-12-07T20:00:00+08:00'],
    ]);
  });

  test('a booked slot is gone for that expert but still available through another', () => {
    const a = helper('e-1', [{ weekday: 1, from: '09:00', to: '10:00' }]);
    const b = helper('e-2', [{ weekday: 1, from: '09:00', to: '10:00' }]);
    const busy = [
      { expertId: 'e-1', start: bj('2026-12-07T09:00:00').toISOString(), end: bj('2026-12-07T09:30:00').toISOString() },
    ];
    const both = slotsBetween(world({ helpers: [a, b], busy }), '2026-12-07', '2026-12-07', NOW);
    expect(both.map((s) => [wire(s.start).slice(11, 16), s.available, s.free])).toEqual([
      ['09:00', true, ['e-2']],
      // e-1 has a booking that day already: e-2 is tried first
      ['09:30', true, ['e-2', 'e-1']],
    ]);
    // with e-1 alone it is taken, and listed as such
    expect(starts(world({ helpers: [a], busy }), '2026-12-07')).toEqual(['09:00 taken', '09:30']);
  });

  test('the least booked expert that day is tried first', () => {
    const a = helper('e-1', [{ weekday: 1, from: '09:00', to: '12:00' }]);
    const b = helper('e-2', [{ weekday: 1, from: '09:00', to: '12:00' }]);
    const busy = [
      { expertId: 'e-1', start: bj('2026-12-07T09:00:00').toISOString(), end: bj('2026-12-07T09:30:00').toISOString() },
    ];
    expect(candidatesFor(world({ helpers: [a, b], busy }), bj('2026-12-07T11:00:00'))).toEqual({
      publishing: ['e-1', 'e-2'],
      free: ['e-2', 'e-1'],
    });
    expect(candidatesFor(world({ helpers: [a, b] }), bj('2026-12-07T11:00:00')).free).toEqual(['e-1', 'e-2']);
    expect(candidatesFor(world({ helpers: [a] }), bj('2026-12-07T13:00:00'))).toEqual({ publishing: [], free: [] });
  });

  test('never in the past, nor starting within the lead time', () => {
    const h = helper('e-1', [{ weekday: 1, from: '09:00', to: '11:00' }]);
    expect(starts(world({ helpers: [h] }), '2026-12-07', '2026-12-07', bj('2026-12-07T09:20:00'))).toEqual([
      '10:00',
      '10:30',
    ]);
    expect(starts(world({ helpers: [h] }), '2026-12-07', '2026-12-07', bj('2026-12-07T09:15:00'))).toEqual([
      '09:30',
      '10:00',
      '10:30',
    ]);
  });

  test('at most 14 days at once, and never backwards', () => {
    expect(rangeProblem('2026-12-07', '2026-12-20')).toBeNull();
    expect(rangeProblem('2026-12-07', '2026-12-21')).toBe('一次最多查询 14 天');
    expect(rangeProblem('2026-12-07', '2026-12-06')).toBe('结束日期不能早于开始日期');
    expect(rangeProblem('2026-12-07', '2026-12-07')).toBeNull();
  });

  test('the grid: slot starts on the half hour, and the cells a call at once claims', () => {
    expect(isOnGrid(bj('2026-12-07T09:30:00'))).toBe(true);
    expect(isOnGrid(bj('2026-12-07T09:15:00'))).toBe(false);
    expect(cellsOf(bj('2026-12-07T10:07:00'), bj('2026-12-07T10:37:00')).map(wire)).toEqual([
      '2026-12-07T10:00:00+08:00',
      '2026-12-07T10:30:00+08:00',
    ]);
    expect(cellsOf(bj('2026-12-07T10:00:00'), bj('2026-12-07T10:30:00')).map(wire)).toEqual([
      '2026-12-07T10:00:00+08:00',
    ]);
  });
});

describe('published hours', () => {
  test('what is wrong with a save, in words', () => {
    expect(
      availabilityProblems(
        [
          { weekday: 1, from: '09:00', to: '12:00' },
          { weekday: 1, from: '11:00', to: '13:00' },
          { weekday: 2, from: '18:00', to: '09:00' },
        ],
        [{ date: '2026-12-08' }, { date: '2026-12-08', from: '09:00', to: '10:00' }, { date: '2026-02-30' }],
      ),
    ).toEqual([
      '周二 18:00–09:00：结束时间须晚于开始时间',
      '周一 09:00–12:00 与 11:00–13:00 重叠',
      '2026-02-30 不是有效日期',
      '2026-12-08 不能既停止预约又开放时段',
    ]);
    expect(availabilityProblems([{ weekday: 7, from: '20:00', to: '24:00' }], [{ date: '2026-12-25' }])).toEqual([]);
  });

  test('hours up to midnight meet the next morning’s', () => {
    const a = {
      weekly: [
        { weekday: 1, from: '22:00', to: '24:00' },
        { weekday: 2, from: '00:00', to: '01:00' },
      ],
      exceptions: [],
    };
    expect(publishedSpansOn(a, '2026-12-07', workdays)).toEqual([
      [bj('2026-12-07T22:00:00').getTime(), bj('2026-12-08T00:00:00').getTime()],
    ]);
  });
});
