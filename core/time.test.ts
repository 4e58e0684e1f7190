// Business-time helpers: the fast paths agree with dayjs (UTC+08:00) everywhere, and other inputs still go to dayjs.
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import { addCalendarDays, calendarDateOf, calendarDateStartMs, startOfCalendarDate, toWire } from './time';

dayjs.extend(utc);
const viaDayjs = (at: Date | string, format: string) => dayjs(at).utcOffset(480).format(format);

describe('business time', () => {
  test('toWire and calendarDateOf match dayjs for Dates and zoned instants across years, days and midnight', () => {
    const samples: (Date | string)[] = [
      '2026-11-25T02:00:00.000Z',
      '2026-11-25T15:59:59.999Z', // 23:59:59 in Beijing
      '2026-11-25T16:00:00.000Z', // next day in Beijing
      '2026-12-31T16:00:00Z',
      '2028-02-28T16:30:00+00:00',
      '2026-11-25T10:00:00+08:00',
      '2026-11-25T08:00:00-05:00',
      '2026-11-25T10:00+08:00',
      '1000-01-01T00:00:00.000Z',
      '9999-12-31T15:59:59.999Z',
    ];
    let ms = Date.UTC(1999, 0, 1);
    for (let i = 0; i < 2000; i++) {
      ms += (12_345_678_901 % (i * 7919 + 1)) + 3_600_000 * (i % 37);
      samples.push(new Date(ms), new Date(ms).toISOString());
    }
    for (const at of samples) {
      expect(toWire(at)).toBe(viaDayjs(at, 'YYYY-MM-DDTHH:mm:ssZ'));
      expect(calendarDateOf(at)).toBe(viaDayjs(at, 'YYYY-MM-DD'));
    }
    expect(toWire('2026-11-25T15:59:59.999Z')).toBe('2026-11-25T23:59:59+08:00');
    expect(calendarDateOf('2026-11-25T16:00:00.000Z')).toBe('2026-11-26');
  });

  test('inputs off the fast path keep dayjs behaviour', () => {
    for (const at of ['2026-11-25', 'not a date', new Date(NaN), new Date(Date.UTC(10000, 0, 1))]) {
      expect(toWire(at)).toBe(viaDayjs(at, 'YYYY-MM-DDTHH:mm:ssZ'));
      expect(calendarDateOf(at)).toBe(viaDayjs(at, 'YYYY-MM-DD'));
    }
  });

  test('calendar dates: midnight in Beijing and day arithmetic across months, years and leap days', () => {
    expect(new Date(calendarDateStartMs('2026-11-25')).toISOString()).toBe('2026-11-24T16:00:00.000Z');
    expect(calendarDateStartMs('2026-11-25')).toBe(startOfCalendarDate('2026-11-25').valueOf());
    expect(calendarDateStartMs('2026-13-01')).toBeNaN();
    expect(addCalendarDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addCalendarDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addCalendarDays('2026-11-25', 0)).toBe('2026-11-25');
    expect(addCalendarDays('2026-11-30', -30)).toBe('2026-10-31');
    for (let i = -400; i <= 400; i += 7) {
      expect(addCalendarDays('2026-11-25', i)).toBe(
        startOfCalendarDate('2026-11-25').add(i, 'day').format('YYYY-MM-DD'),
      );
    }
  });
});
