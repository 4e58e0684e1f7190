import { parseCloudbaseCron } from './cron';

describe('CloudBase 7-field cron', () => {
  test('every minute at second 0', () => {
    const s = parseCloudbaseCron('0 * * * * * *');
    expect(s.nextAfter(new Date('2026-11-25T02:00:30Z'))?.toISOString()).toBe('2026-11-25T02:01:00.000Z');
  });

  test('runs in Beijing time: 02:00 daily is 18:00 UTC the day before', () => {
    const s = parseCloudbaseCron('0 0 2 * * * *');
    expect(s.nextAfter(new Date('2026-11-25T10:00:00Z'))?.toISOString()).toBe('2026-11-25T18:00:00.000Z');
  });

  test('the year field limits the runs', () => {
    const s = parseCloudbaseCron('0 0 9 1 1 * 2028');
    expect(s.nextAfter(new Date('2026-11-25T00:00:00Z'))?.toISOString()).toBe('2028-01-01T01:00:00.000Z');
    expect(s.nextAfter(new Date('2028-01-02T00:00:00Z'))).toBeNull();
  });

  test('a malformed expression is refused at parse time', () => {
    expect(() => parseCloudbaseCron('0 * * * *')).toThrow(/7 fields/);
    expect(() => parseCloudbaseCron('0 99 * * * * *')).toThrow();
    expect(() => parseCloudbaseCron('0 * * * * * 20x6')).toThrow(/year/);
  });
});
