import { attainment, type FinishedClock } from './attainment';

const c = (milestone: FinishedClock['milestone'], group: string, state: FinishedClock['state']): FinishedClock => ({
  milestone,
  group,
  state,
});

describe('SLA attainment', () => {
  test('per milestone and group, only finished clocks; rates worked by hand', () => {
    const result = attainment(
      [
        c('respond', 'sh', 'met'),
        c('respond', 'sh', 'met'),
        c('respond', 'sh', 'breached'),
        c('onsite', 'sh', 'met'),
        c('respond', 'bj', 'breached'),
        c('remoteFix', 'bj', 'running'), // not finished: not measured
        c('remoteFix', 'bj', 'stopped'), // gave way to on-site work: not measured
        c('respond', '-', 'met'),
      ],
      (k) => ({ sh: '上海', bj: '北京' })[k] ?? k,
    );
    expect(result.rows.map((r) => [r.key, r.label, r.measured, r.rate])).toEqual([
      ['-', '未分配', 1, 1],
      ['bj', '北京', 1, 0],
      ['sh', '上海', 4, 0.75],
    ]);
    expect(result.rows[2]!.cells).toEqual([
      { milestone: 'respond', measured: 3, met: 2, breached: 1, rate: 0.6667 },
      { milestone: 'onsite', measured: 1, met: 1, breached: 0, rate: 1 },
    ]);
    // total: 6 measured, 4 met
    expect(result.total).toMatchObject({ measured: 6, rate: 0.6667 });
    expect(attainment([], (k) => k).total.rate).toBeNull();
  });
});
