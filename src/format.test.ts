// A device's cover in one line: until when, and how long is left or since when it ended.
import { warrantyLine } from './format';

test('in warranty and expiring: 保修至 the last covered day, with the days left', () => {
  expect(warrantyLine({ status: 'in', lastDay: '2027-09-01', daysLeft: 274, daysSinceExpiry: 0 })).toBe(
    '保修至 2027-09-01 · 剩余 274 天',
  );
  expect(warrantyLine({ status: 'expiring', lastDay: '2026-12-20', daysLeft: 19, daysSinceExpiry: 0 })).toBe(
    '保修至 2026-12-20 · 剩余 19 天',
  );
});

test('out of warranty: the day cover ended, and how long ago', () => {
  expect(warrantyLine({ status: 'out', lastDay: '2026-09-30', daysLeft: 0, daysSinceExpiry: 63 })).toBe(
    '保修至 2026-09-30 · 已过保 63 天',
  );
});

test('not yet accepted: no cover has started', () => {
  expect(warrantyLine({ status: 'not-accepted', lastDay: null, daysLeft: 0, daysSinceExpiry: 0 })).toBe(
    '未验收，保修尚未开始',
  );
});
