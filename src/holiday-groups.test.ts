// The holiday page reads a year as the notice does: per festival, its days off as ranges and its make-up days.
import { dayWords, festivalOf, holidayGroups, makeupWords, rangeWords } from './holiday-groups';

const off = (date: string, name: string) => ({ date, kind: 'holiday' as const, name });
const work = (date: string, name: string) => ({ date, kind: 'makeup' as const, name });

test('consecutive days off are one range; the make-up days (春节调休 or 春节) join their festival', () => {
  const groups = holidayGroups([
    work('2026-02-28', '春节调休'),
    off('2026-02-15', '春节'),
    off('2026-02-16', '春节'),
    off('2026-02-17', '春节'),
    work('2026-02-14', '春节'),
    off('2026-01-01', '元旦'),
  ]);
  expect(groups).toEqual([
    { name: '元旦', off: [{ from: '2026-01-01', to: '2026-01-01', days: 1 }], makeup: [] },
    { name: '春节', off: [{ from: '2026-02-15', to: '2026-02-17', days: 3 }], makeup: ['2026-02-14', '2026-02-28'] },
  ]);
});

test('a gap splits a festival into two ranges; a month boundary does not', () => {
  const [g] = holidayGroups([off('2027-04-30', '劳动节'), off('2027-05-01', '劳动节'), off('2027-05-03', '劳动节')]);
  expect(g!.off).toEqual([
    { from: '2027-04-30', to: '2027-05-01', days: 2 },
    { from: '2027-05-03', to: '2027-05-03', days: 1 },
  ]);
});

test('in words, as the notice says it', () => {
  expect(dayWords('2026-10-01')).toBe('10月1日（周四）');
  expect(rangeWords({ from: '2026-10-01', to: '2026-10-08', days: 8 })).toBe(
    '10月1日（周四）至10月8日（周四）放假，共 8 天',
  );
  expect(rangeWords({ from: '2027-01-01', to: '2027-01-01', days: 1 })).toBe('1月1日（周五）放假');
  expect(makeupWords(['2026-09-27', '2026-10-10'])).toBe('9月27日（周日）、10月10日（周六）调休上班');
  expect(festivalOf('国庆节调休')).toBe('国庆节');
  expect(festivalOf('国庆节、中秋节')).toBe('国庆节、中秋节');
});
