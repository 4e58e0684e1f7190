import { parseHolidayNotice } from '../../core/calendar/notice';
import type { HolidayYearDoc } from '../../core/calendar/holidays';
import { NOTICE_2026 } from '../../core/testing/holidays';
import type { Db } from '../../platform/collections';
import { holidaysOf, packageHolidays } from './holidays';

const year2027 = (version: number, name = '国庆节'): HolidayYearDoc => ({
  id: '2027',
  version,
  year: 2027,
  days: [
    { date: '2027-01-01', kind: 'holiday', name: '元旦' },
    { date: '2027-05-01', kind: 'holiday', name: '劳动节' },
    { date: '2027-05-02', kind: 'holiday', name: '劳动节' },
    { date: '2027-10-01', kind: 'holiday', name },
    { date: '2027-10-02', kind: 'holiday', name },
    { date: '2027-10-03', kind: 'holiday', name },
    { date: '2027-10-04', kind: 'holiday', name },
  ],
  source: '测试',
  updatedBy: 'a-1',
  updatedAt: '2026-12-01T00:00:00.000Z',
});

/** A request's db: only the named query the calendar reads, counting its reads. */
function requestDb(entered: HolidayYearDoc[], reads: { n: number }) {
  return {
    holidayYears: {
      entered: async () => {
        reads.n++;
        return entered;
      },
    },
  } as unknown as Db;
}

describe('the holiday calendar of a request', () => {
  test('the data package has no 2027 yet: 1 January 2027 is still a holiday (the fixed statutory dates)', () => {
    expect(packageHolidays.coverage(2027)).toBe('statutory-only');
    expect(packageHolidays.dayInfo('2027-01-01')).toEqual({ kind: 'holiday', name: '元旦' });
    expect(packageHolidays.dayKind('2027-10-01')).toBe('holiday');
    expect(packageHolidays.coverage(2026)).toBe('published');
  });

  test('the State Council notice, imported, gives exactly the days the data package has for 2026', () => {
    const parsed = parseHolidayNotice(2026, NOTICE_2026);
    const key = (d: { date: string; kind: string }) => `${d.date} ${d.kind}`;
    expect(parsed.days.map(key)).toEqual(packageHolidays.daysOf(2026).map(key));
  });

  test('entered years are read once per request, and a changed entry is seen by the next request', async () => {
    const reads = { n: 0 };
    const db = requestDb([year2027(1)], reads);
    const first = await holidaysOf({ db });
    await holidaysOf({ db });
    expect(reads.n).toBe(1);
    expect(first.coverage(2027)).toBe('entered');
    expect(first.dayKind('2027-10-04')).toBe('holiday');
    // the next request, same entry: read again, the same calendar reused
    expect(await holidaysOf({ db: requestDb([year2027(1)], reads) })).toBe(first);
    expect(reads.n).toBe(2);
    // the entry changed (new version): a new calendar with the new days
    const changed = await holidaysOf({ db: requestDb([year2027(2, '国庆节、中秋节')], reads) });
    expect(changed).not.toBe(first);
    expect(changed.holidayName('2027-10-04')).toBe('国庆节、中秋节');
    // the entry removed: back to the fixed dates
    expect((await holidaysOf({ db: requestDb([], reads) })).dayKind('2027-10-04')).toBe('workday');
  });
});
