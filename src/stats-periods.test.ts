// The statistics periods end today in business time and start where people expect.
import { percent, periodRange } from './stats-periods';

const wednesday = new Date('2026-11-25T17:00:00Z'); // Thursday 01:00 in Shanghai

test('本周 starts on Monday, 本月 on the 1st, 近 90 天 89 days back — all to today in Shanghai', () => {
  expect(periodRange('week', wednesday)).toEqual({ from: '2026-11-23', to: '2026-11-26' });
  expect(periodRange('month', wednesday)).toEqual({ from: '2026-11-01', to: '2026-11-26' });
  expect(periodRange('quarter', wednesday)).toEqual({ from: '2026-08-29', to: '2026-11-26' });
});

test('a rate reads as a whole percentage, or a dash when nothing was measured', () => {
  expect(percent(0.875)).toBe('88%');
  expect(percent(null)).toBe('—');
});
