import { NOTICE_2026 } from '../testing/holidays';
import { parseHolidayNotice } from './notice';

describe('importing the State Council notice', () => {
  test('every item: its days off as a range, its make-up working days, the holiday’s name', () => {
    const { days, problems } = parseHolidayNotice(2026, NOTICE_2026);
    expect(problems).toEqual([]);
    expect(days.filter((d) => d.kind === 'holiday')).toHaveLength(33);
    expect(days.filter((d) => d.kind === 'makeup').map((d) => `${d.date} ${d.name}`)).toEqual([
      '2026-01-04 元旦',
      '2026-02-14 春节',
      '2026-02-28 春节',
      '2026-05-09 劳动节',
      '2026-09-20 国庆节',
      '2026-10-10 国庆节',
    ]);
    expect(days.filter((d) => d.name === '春节' && d.kind === 'holiday').map((d) => d.date)).toEqual([
      '2026-02-15',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-02-21',
      '2026-02-22',
      '2026-02-23',
    ]);
  });

  test('a single day off, a range across months, and 元旦 starting in the old year', () => {
    const { days, problems } = parseHolidayNotice(
      2025,
      '一、元旦：1月1日（周三）放假1天，不调休。二、春节：1月28日（农历除夕、周二）至2月4日（农历正月初七、周二）放假调休，共8天。1月26日（周日）、2月8日（周六）上班。',
    );
    expect(days.filter((d) => d.name === '元旦').map((d) => d.date)).toEqual(['2025-01-01']);
    expect(
      days
        .filter((d) => d.name === '春节' && d.kind === 'holiday')
        .map((d) => d.date)
        .slice(-2),
    ).toEqual(['2025-02-03', '2025-02-04']);
    // the notice lacked 劳动节 and 国庆节 here: the fixed dates are missing, and it says so
    expect(problems).toEqual(expect.arrayContaining(['缺少法定节假日 2025-05-01（劳动节）']));
    const crossing = parseHolidayNotice(2024, '一、元旦：12月30日至1月1日放假调休，共3天。');
    expect(crossing.days.map((d) => d.date)).toEqual(['2024-01-01']);
    expect(crossing.problems).toContain('2023-12-30（元旦）属于 2023 年，请在该年录入');
  });

  test('text that is not a notice is refused with a reason', () => {
    expect(parseHolidayNotice(2027, '明年放假安排还没出').problems).toEqual([
      '未能识别通知内容：应为「一、元旦：1月1日……放假……」的格式',
    ]);
    expect(parseHolidayNotice(2027, '一、元旦：另行通知。').problems[0]).toBe('「元旦」未能识别放假日期');
  });
});
