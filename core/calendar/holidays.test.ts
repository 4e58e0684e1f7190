import { countedMs } from '../sla/calendar';
import {
  holidayCalendar,
  holidayNotice,
  holidayYearProblems,
  type HolidayDay,
  type PublishedHolidays,
} from './holidays';

/** A data package that knows 2026 only: National Day 10-01…10-07, make-up Saturday 10-10. */
const published: PublishedHolidays = {
  covers: (year) => year === 2026,
  dayInfo: (date) => {
    if (date >= '2026-10-01' && date <= '2026-10-07') return { kind: 'holiday', name: '国庆节' };
    if (date === '2026-10-10') return { kind: 'makeup', name: '国庆节调休' };
    if (date === '2026-01-01') return { kind: 'holiday', name: '元旦' };
    const day = new Date(`${date}T00:00:00Z`).getUTCDay();
    return { kind: day === 0 || day === 6 ? 'weekend' : 'workday', name: null };
  },
};

/** The 2027 arrangement as an admin might enter it (元旦 Fri 1 Jan – Sun 3 Jan; 国庆 1–7 Oct, make-up Sat 9 Oct). */
const days2027: HolidayDay[] = [
  { date: '2027-01-01', kind: 'holiday', name: '元旦' },
  { date: '2027-01-02', kind: 'holiday', name: '元旦' },
  { date: '2027-01-03', kind: 'holiday', name: '元旦' },
  { date: '2027-05-01', kind: 'holiday', name: '劳动节' },
  { date: '2027-05-02', kind: 'holiday', name: '劳动节' },
  { date: '2027-10-01', kind: 'holiday', name: '国庆节' },
  { date: '2027-10-02', kind: 'holiday', name: '国庆节' },
  { date: '2027-10-03', kind: 'holiday', name: '国庆节' },
  { date: '2027-10-04', kind: 'holiday', name: '国庆节' },
  { date: '2027-10-09', kind: 'makeup', name: '国庆节' },
];

describe('the holiday calendar', () => {
  test('a year nobody has published: the fixed statutory dates are holidays, the rest ordinary weeks', () => {
    const c = holidayCalendar(published, []);
    expect(c.coverage(2027)).toBe('statutory-only');
    expect(c.dayInfo('2027-01-01')).toEqual({ kind: 'holiday', name: '元旦' });
    expect(c.dayKind('2027-10-02')).toBe('holiday');
    expect(c.dayKind('2027-10-04')).toBe('workday');
    expect(c.dayKind('2027-01-02')).toBe('weekend');
    expect(c.daysOf(2027).map((d) => d.date)).toEqual([
      '2027-01-01',
      '2027-05-01',
      '2027-05-02',
      '2027-10-01',
      '2027-10-02',
      '2027-10-03',
    ]);
  });

  test('a published year comes from the data package', () => {
    const c = holidayCalendar(published, []);
    expect(c.coverage(2026)).toBe('published');
    expect(c.dayInfo('2026-10-10')).toEqual({ kind: 'makeup', name: '国庆节调休' });
    expect(c.holidayName('2026-10-05')).toBe('国庆节');
    expect(c.daysOf(2026).filter((d) => d.kind === 'makeup')).toEqual([
      { date: '2026-10-10', kind: 'makeup', name: '国庆节调休' },
    ]);
  });

  test('an admin’s entry wins for its year: its holidays, its make-up days, ordinary days otherwise', () => {
    const c = holidayCalendar(published, [{ year: 2027, days: days2027 }]);
    expect(c.coverage(2027)).toBe('entered');
    expect(c.dayInfo('2027-10-04')).toEqual({ kind: 'holiday', name: '国庆节' });
    expect(c.dayInfo('2027-10-09')).toEqual({ kind: 'makeup', name: '国庆节调休' });
    expect(c.dayKind('2027-10-08')).toBe('workday');
    expect(c.holidayName('2027-10-09')).toBeNull();
    // an entry for a published year replaces the package's for that year
    const over = holidayCalendar(published, [
      { year: 2026, days: [{ date: '2026-01-01', kind: 'holiday', name: '元旦' }] },
    ]);
    expect(over.coverage(2026)).toBe('entered');
    expect(over.dayKind('2026-10-05')).toBe('workday');
  });

  test('SLA service hours skip an entered holiday and work an entered make-up day', () => {
    const hours = { kind: 'hours' as const, hours: { days: [1, 2, 3, 4, 5], from: '09:00', to: '18:00' } };
    const at = (local: string) => Date.parse(`${local}+08:00`);
    const statutory = holidayCalendar(published, []);
    const entered = holidayCalendar(published, [{ year: 2027, days: days2027 }]);
    // Monday 4 Oct 2027: a working day by the fixed dates only, a holiday once the arrangement is entered
    expect(countedMs(hours, statutory, at('2027-10-04T09:00:00'), at('2027-10-04T18:00:00'))).toBe(9 * 3600_000);
    expect(countedMs(hours, entered, at('2027-10-04T09:00:00'), at('2027-10-04T18:00:00'))).toBe(0);
    expect(countedMs(hours, entered, at('2027-10-09T09:00:00'), at('2027-10-09T10:00:00'))).toBe(3600_000);
    expect(countedMs(hours, statutory, at('2027-01-01T09:00:00'), at('2027-01-01T18:00:00'))).toBe(0);
  });
});

describe('entering a year', () => {
  test('a complete arrangement has no problems', () => {
    expect(holidayYearProblems(2027, days2027)).toEqual([]);
  });

  test('dates outside the year, impossible dates, duplicates, weekday make-up days and missing statutory days', () => {
    const problems = holidayYearProblems(2027, [
      ...days2027.filter((d) => d.date !== '2027-05-01'),
      { date: '2028-01-01', kind: 'holiday', name: '元旦' },
      { date: '2027-02-30', kind: 'holiday', name: '春节' },
      { date: '2027-10-02', kind: 'holiday', name: '国庆节' },
      { date: '2027-10-08', kind: 'makeup', name: '国庆节' },
    ]);
    expect(problems).toEqual([
      '2028-01-01 不在 2027 年内',
      '2027-02-30 不是有效日期',
      '2027-10-02 重复录入',
      '2027-10-08 是工作日，调休上班日应为周六或周日',
      '缺少法定节假日 2027-05-01（劳动节）',
    ]);
  });

  test('the roster notice names the years that only have the fixed dates', () => {
    const c = holidayCalendar(published, []);
    expect(holidayNotice(c, ['2026-12-28', '2027-01-03'])).toBe(
      '2027 年法定节假日安排尚未发布或录入，目前仅按元旦、劳动节、国庆节固定日期计算',
    );
    expect(holidayNotice(c, ['2026-12-21', '2026-12-27'])).toBeNull();
    expect(holidayNotice(holidayCalendar(published, [{ year: 2027, days: days2027 }]), ['2027-01-03'])).toBeNull();
  });
});
