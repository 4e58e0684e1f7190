// Times as people say them, in business time (Asia/Shanghai), whatever the machine's zone.
import { clockWords, durationWords, fullTime } from './time-words';

const now = new Date('2026-11-25T06:00:00Z'); // 14:00 in Shanghai

test('durations read in minutes, hours and days', () => {
  expect(durationWords(30_000)).toBe('不到 1 分钟');
  expect(durationWords(42 * 60_000)).toBe('42 分钟');
  expect(durationWords(-5 * 60_000)).toBe('5 分钟');
  expect(durationWords(80 * 60_000)).toBe('1 小时 20 分钟');
  expect(durationWords(120 * 60_000)).toBe('2 小时');
  expect(durationWords(27 * 3_600_000)).toBe('1 天 3 小时');
});

test('a time today is the clock; yesterday and tomorrow say so; further away carries the date', () => {
  expect(clockWords('2026-11-25T14:05:00+08:00', now)).toBe('14:05');
  expect(clockWords('2026-11-24T23:59:00+08:00', now)).toBe('昨天 23:59');
  expect(clockWords('2026-11-26T00:30:00+08:00', now)).toBe('明天 00:30');
  expect(clockWords('2026-11-20T09:00:00+08:00', now)).toBe('11月20日 09:00');
  expect(clockWords('2025-12-31T09:00:00+08:00', now)).toBe('2025年12月31日 09:00');
});

test('the full time is in Shanghai time', () => {
  expect(fullTime('2026-11-25T02:05:00Z')).toBe('2026-11-25 10:05');
});
