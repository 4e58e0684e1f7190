import { statutoryHolidayOn, statutoryHolidaysOf } from './statutory';

describe('the statutory holidays fixed by date', () => {
  test('元旦 1 January, 劳动节 1–2 May, 国庆节 1–3 October, in a year nobody has published yet', () => {
    expect(statutoryHolidaysOf(2027)).toEqual([
      { date: '2027-01-01', name: '元旦' },
      { date: '2027-05-01', name: '劳动节' },
      { date: '2027-05-02', name: '劳动节' },
      { date: '2027-10-01', name: '国庆节' },
      { date: '2027-10-02', name: '国庆节' },
      { date: '2027-10-03', name: '国庆节' },
    ]);
    expect(statutoryHolidayOn('2027-01-01')).toBe('元旦');
    expect(statutoryHolidayOn('2027-10-03')).toBe('国庆节');
    expect(statutoryHolidayOn('2027-10-04')).toBeNull();
    expect(statutoryHolidayOn('2027-06-01')).toBeNull();
  });

  test('before 2025 劳动节 was one day (the 2024 revision added 2 May)', () => {
    expect(
      statutoryHolidaysOf(2024)
        .filter((d) => d.name === '劳动节')
        .map((d) => d.date),
    ).toEqual(['2024-05-01']);
    expect(statutoryHolidayOn('2024-05-02')).toBeNull();
    expect(statutoryHolidayOn('2025-05-02')).toBe('劳动节');
  });
});
