// The roster grid: reading and replacing a cell, and copying last week's entries forward.
import { addDays, cellOf, shiftedEntries, withCell } from './roster-grid';

const entries = [
  { date: '2026-11-23', shift: 'day' as const, userId: 't-2001', role: 'primary' as const },
  { date: '2026-11-23', shift: 'day' as const, userId: 't-2002', role: 'backup' as const },
  { date: '2026-11-23', shift: 'night' as const, userId: 't-2002', role: 'primary' as const },
];

test('a cell is its primary and backups; replacing it leaves the other cells alone', () => {
  expect(cellOf(entries, '2026-11-23', 'day')).toEqual({ primary: 't-2001', backups: ['t-2002'] });
  const next = withCell(entries, '2026-11-23', 'day', { primary: 't-2002', backups: ['t-2002', 't-2001'] });
  expect(cellOf(next, '2026-11-23', 'day')).toEqual({ primary: 't-2002', backups: ['t-2001'] });
  expect(cellOf(next, '2026-11-23', 'night')).toEqual({ primary: 't-2002', backups: [] });
});

test('复制上周 moves every entry a week on, dropping people no longer at the station', () => {
  const copied = shiftedEntries(entries, 7, new Set(['t-2001']));
  expect(copied).toEqual([{ date: '2026-11-30', shift: 'day', userId: 't-2001', role: 'primary' }]);
  expect(addDays('2026-11-30', -7)).toBe('2026-11-23');
});
