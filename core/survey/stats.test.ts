import { overallOf, summarize, surveyStats, type ResolvedTicket, type Scores } from './stats';

const s = (speed: number, attitude: number, skill: number, result: number): Scores => ({
  speed,
  attitude,
  skill,
  result,
});
const t = (
  id: string,
  tech: string | null,
  station: string | null,
  at: string,
  scores: Scores | null,
): ResolvedTicket => ({
  ticketId: id,
  technicianId: tech,
  stationId: station,
  resolvedAt: at,
  scores,
});

describe('survey statistics', () => {
  test('averages, response rate and CSAT of one group, worked by hand', () => {
    // 3 resolved, 2 rated: (5,4,3,5) and (2,5,4,1). Speed (5+2)/2 = 3.5; attitude 4.5; skill 3.5; result 3.
    // Overall = 29/8 = 3.625 → 3.63. Scores ≥ 4: 5,4,5 + 5,4 = 5 of 8 → CSAT 0.625. Response 2/3 → 0.6667.
    const row = summarize('t-1', '张工', [
      t('a', 't-1', 'st', '2026-11-01T02:00:00.000Z', s(5, 4, 3, 5)),
      t('b', 't-1', 'st', '2026-11-02T02:00:00.000Z', s(2, 5, 4, 1)),
      t('c', 't-1', 'st', '2026-11-03T02:00:00.000Z', null),
    ]);
    expect(row).toEqual({
      key: 't-1',
      label: '张工',
      resolved: 3,
      surveys: 2,
      responseRate: 0.6667,
      averages: { speed: 3.5, attitude: 4.5, skill: 3.5, result: 3, overall: 3.63 },
      csat: 0.625,
    });
  });

  test('a group without surveys has nulls, not zeros (nothing to average is not a score of 0)', () => {
    const row = summarize('t-2', '李工', [t('a', 't-2', 'st', '2026-11-01T02:00:00.000Z', null)]);
    expect(row.responseRate).toBe(0);
    expect(row.csat).toBeNull();
    expect(row.averages).toEqual({ speed: null, attitude: null, skill: null, result: null, overall: null });
    expect(summarize('none', '无', []).responseRate).toBeNull();
  });

  test('overall is the mean of the four dimensions', () => {
    expect(overallOf(s(5, 5, 5, 4))).toBe(4.75);
    expect(overallOf(s(1, 2, 2, 2))).toBe(1.75);
  });

  test('grouping by technician, station and business month; the total covers everything', () => {
    const tickets = [
      t('a', 't-1', 'sh', '2026-10-31T15:59:00.000Z', s(5, 5, 5, 5)), // 10-31 23:59 Beijing → October
      t('b', 't-1', 'sh', '2026-10-31T16:00:00.000Z', s(3, 3, 3, 3)), // 11-01 00:00 Beijing → November
      t('c', 't-2', 'bj', '2026-11-05T02:00:00.000Z', null),
      t('d', null, null, '2026-11-06T02:00:00.000Z', s(4, 4, 4, 4)),
    ];
    const labels: Record<string, string> = { 't-1': '张工', 't-2': '李工', sh: '上海', bj: '北京' };
    const byTech = surveyStats(tickets, 'technician', (k) => labels[k] ?? k);
    expect(byTech.rows.map((r) => [r.key, r.label, r.resolved, r.surveys])).toEqual([
      ['-', '未分配', 1, 1],
      ['t-1', '张工', 2, 2],
      ['t-2', '李工', 1, 0],
    ]);
    expect(byTech.rows[1]!.averages.overall).toBe(4);
    const byMonth = surveyStats(tickets, 'month', (k) => k);
    expect(byMonth.rows.map((r) => [r.key, r.resolved])).toEqual([
      ['2026-10', 1],
      ['2026-11', 3],
    ]);
    const byStation = surveyStats(tickets, 'station', (k) => labels[k] ?? k);
    expect(byStation.rows.map((r) => r.key)).toEqual(['-', 'bj', 'sh']);
    // total: 4 resolved, 3 rated; 12 scores of which 5,5,5,5,4,4,4,4 are ≥ 4 → 8/12.
    expect(byTech.total).toMatchObject({ resolved: 4, surveys: 3, responseRate: 0.75, csat: 0.6667 });
  });
});
