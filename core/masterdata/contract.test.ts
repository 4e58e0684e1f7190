import type { HolidayOracle } from '../sla/calendar';
import { addCounted } from '../sla/calendar';
import { describeIssues } from '../schemas/zh-errors';
import { ContractSchema, contractCalendar, contractOf, contractSlaPolicy, describeServiceHours } from './contract';

/** 2026-10-01 … 10-07 are holidays; 2026-10-10 (a Saturday) is a make-up working day. */
const oracle: HolidayOracle = {
  dayKind(date) {
    if (date >= '2026-10-01' && date <= '2026-10-07') return 'holiday';
    if (date === '2026-10-10') return 'makeup';
    const day = new Date(`${date}T00:00:00Z`).getUTCDay();
    return day === 0 || day === 6 ? 'weekend' : 'workday';
  },
};

const hours = { days: [1, 2, 3, 4, 5], from: '09:00', to: '18:00' };
const respondBy = (reportedAt: string, contract: Parameters<typeof contractSlaPolicy>[0]) => {
  const policy = contractSlaPolicy(contract);
  const minutes = policy.chains.common[0]!.withinMinutes;
  const due = addCounted(policy.calendar, oracle, Date.parse(reportedAt), minutes * 60_000);
  return new Date(due! + 8 * 3_600_000).toISOString().slice(0, 16);
};

describe('a contract clocks its tickets', () => {
  test('business hours: reported Friday 17:50, the respond clock (60 min) runs out Monday 09:50', () => {
    expect(respondBy('2026-11-27T17:50:00+08:00', contractOf({ no: 'HT-1', serviceHours: hours }))).toBe(
      '2026-11-30T09:50',
    );
  });

  test('holidays are skipped and make-up days worked: Wednesday 30 Sep 17:30 → Thursday 8 Oct 09:30', () => {
    expect(respondBy('2026-09-30T17:30:00+08:00', contractOf({ no: 'HT-1', serviceHours: hours }))).toBe(
      '2026-10-08T09:30',
    );
    // a make-up Saturday is served
    expect(respondBy('2026-10-09T17:30:00+08:00', contractOf({ no: 'HT-1', serviceHours: hours }))).toBe(
      '2026-10-10T09:30',
    );
  });

  test("7×24 and the contract's own minutes", () => {
    const contract = contractOf({ no: 'HT-2', serviceHours: '7x24', sla: { respondCommonMinutes: 120 } });
    expect(respondBy('2026-11-27T17:50:00+08:00', contract)).toBe('2026-11-27T19:50');
    expect(contractSlaPolicy(contract).id).toBe('HT-2');
    expect(contractSlaPolicy(contractOf({ no: 'HT-3' })).id).toBe('default');
    expect(describeServiceHours(contractOf({ no: 'HT-1', serviceHours: hours }))).toBe(
      '服务时间：周一、二、三、四、五 09:00–18:00（法定节假日除外，调休上班日照常）',
    );
  });

  test('a contract stored before service hours keeps its SLA calendar', () => {
    expect(contractCalendar({ no: 'old', sla: { calendar: { kind: 'hours', hours } } })).toEqual({
      kind: 'hours',
      hours,
    });
  });

  test('bad terms name their field', () => {
    const parsed = ContractSchema.safeParse({
      no: '',
      warrantyMonths: 0,
      sla: { respondCommonMinutes: 1 },
      serviceHours: { days: [1, 1], from: '18:00', to: '09:00' },
    });
    expect(parsed.success).toBe(false);
    const paths = parsed.success ? [] : describeIssues(parsed.error).details.map((d) => d.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'no',
        'warrantyMonths',
        'sla.respondCommonMinutes',
        'serviceHours.to',
        'serviceHours.days',
      ]),
    );
  });
});
