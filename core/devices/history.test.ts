import type { FaultReport } from '../ticket/types';
import { partsUsedOn } from './history';

const report = (resolvedAt: string, parts: FaultReport['partsUsed']): FaultReport => ({
  no: 'R',
  cause: 'c',
  actions: 'a',
  mode: 'onsite',
  partsUsed: parts,
  handlerId: 't',
  handlerName: 't',
  handlerSignature: 's',
  resolvedAt,
});

test("a device's parts: summed by name across tickets and reopened rounds, the latest first", () => {
  const parts = partsUsedOn([
    {
      no: 'GD-1',
      report: report('2026-02-01T00:00:00.000Z', [{ name: '电源模块', quantity: 1 }]),
      previousReports: [],
    },
    {
      no: 'GD-2',
      report: report('2026-05-01T00:00:00.000Z', [{ name: '打印头', quantity: 1 }]),
      previousReports: [report('2026-04-01T00:00:00.000Z', [{ name: '电源模块', quantity: 2 }])],
    },
    { no: 'GD-3', report: null, previousReports: [] },
  ]);
  expect(parts).toEqual([
    { name: '打印头', quantity: 1, tickets: ['GD-2'], lastUsedAt: '2026-05-01T00:00:00.000Z' },
    { name: '电源模块', quantity: 3, tickets: ['GD-1', 'GD-2'], lastUsedAt: '2026-04-01T00:00:00.000Z' },
  ]);
});
