import { lastCoveredDay, warrantyStatus } from './status';
import { warrantyView } from './view';

const at = (iso: string) => new Date(iso);
const device = (acceptedAt: string | null, warrantyMonths?: number) => ({ acceptedAt, warrantyMonths });

describe('warranty: 12 months from the acceptance date', () => {
  test('covers up to the day before the first anniversary', () => {
    expect(lastCoveredDay('2025-11-25', 12)).toBe('2026-11-24');
  });

  test('on the last day it is still in warranty, with 1 day left, until midnight business time', () => {
    const s = warrantyStatus(device('2025-11-25'), null, at('2026-11-24T23:59:59+08:00'));
    expect(s).toMatchObject({
      inWarranty: true,
      status: 'expiring',
      daysLeft: 1,
      lastDay: '2026-11-24',
      billable: false,
    });
    // warrantyEndsAt is the last covered instant: the end of the last covered day, so its date is lastDay
    expect(s.warrantyEndsAt?.toISOString()).toBe('2026-11-24T15:59:59.999Z');
    expect(warrantyView(s)).toMatchObject({ lastDay: '2026-11-24', warrantyEndsAt: '2026-11-24T23:59:59+08:00' });
  });

  test('"保修至" is one date: lastDay, the date of warrantyEndsAt, and the day daysLeft counts down to', () => {
    const accepted = device('2026-09-02');
    for (const now of ['2026-12-01T10:00:00+08:00', '2027-08-31T23:00:00+08:00', '2027-09-01T00:00:00+08:00']) {
      const v = warrantyView(warrantyStatus(accepted, null, at(now)));
      expect(v.lastDay).toBe('2027-09-01');
      expect(v.warrantyEndsAt!.slice(0, 10)).toBe('2027-09-01');
      // daysLeft days from today, today included, end on lastDay
      const today = now.slice(0, 10);
      const last = new Date(Date.parse(`${today}T00:00:00Z`) + (v.daysLeft - 1) * 86_400_000).toISOString();
      expect(last.slice(0, 10)).toBe('2027-09-01');
    }
  });

  test('at 00:00 the day after the last day it is out of warranty and billable', () => {
    const s = warrantyStatus(device('2025-11-25'), null, at('2026-11-25T00:00:00+08:00'));
    expect(s).toMatchObject({
      inWarranty: false,
      status: 'out',
      label: '已过保',
      daysLeft: 0,
      billable: true,
      daysSinceExpiry: 1,
    });
  });

  test('the business day is Shanghai time: 23:30 UTC on the 24th is already the 25th', () => {
    const s = warrantyStatus(device('2025-11-25'), null, at('2026-11-24T16:30:00Z'));
    expect(s.inWarranty).toBe(false);
  });

  test('on the acceptance day itself the device is covered for the whole year', () => {
    const s = warrantyStatus(device('2025-11-25'), null, at('2025-11-25T09:00:00+08:00'));
    expect(s).toMatchObject({ inWarranty: true, status: 'in', label: '在保', daysLeft: 365 });
  });

  test('a leap year counts 366 days of cover', () => {
    const s = warrantyStatus(device('2024-01-10'), null, at('2024-01-10T09:00:00+08:00'));
    expect(s.lastDay).toBe('2025-01-09');
    expect(s.daysLeft).toBe(366);
  });

  test('accepted on 29 February: the anniversary falls on 1 March, cover runs through 28 February', () => {
    expect(lastCoveredDay('2024-02-29', 12)).toBe('2025-02-28');
    expect(warrantyStatus(device('2024-02-29'), null, at('2025-02-28T12:00:00+08:00')).inWarranty).toBe(true);
    expect(warrantyStatus(device('2024-02-29'), null, at('2025-03-01T00:00:00+08:00')).inWarranty).toBe(false);
  });

  test('accepted on 1 March before a leap February: cover includes 29 February', () => {
    expect(lastCoveredDay('2023-03-01', 12)).toBe('2024-02-29');
  });

  test("a month-end acceptance with a shorter target month runs through that month's end", () => {
    expect(lastCoveredDay('2025-08-31', 6)).toBe('2026-02-28');
    expect(lastCoveredDay('2025-01-31', 1)).toBe('2025-02-28');
  });

  test('a device not yet accepted is neither in nor out of warranty: the delivery project, billed by the contract', () => {
    const s = warrantyStatus(device(null), null, at('2026-11-25T10:00:00+08:00'));
    expect(s).toMatchObject({
      inWarranty: false,
      status: 'not-accepted',
      label: '未验收',
      terms: '未验收（项目交付期）：按合同处理，不按成本收费',
      lastDay: null,
      warrantyEndsAt: null,
      daysLeft: 0,
      daysSinceExpiry: 0,
      billable: false,
    });
  });

  test('each state says what applies', () => {
    const now = at('2026-11-25T10:00:00+08:00');
    expect(warrantyStatus(device('2026-06-01'), null, now).terms).toBe('在保：维修与配件免费');
    expect(warrantyStatus(device('2025-01-01'), null, now).terms).toBe('已过保：维修与配件按成本收费');
  });

  test('an acceptance dated in the future has not started cover', () => {
    expect(warrantyStatus(device('2026-12-01'), null, at('2026-11-25T10:00:00+08:00')).status).toBe('not-accepted');
  });

  test('the device override beats the contract, the contract beats the 12-month default', () => {
    const contract = { contract: { no: 'HT-1', warrantyMonths: 24 } };
    expect(warrantyStatus(device('2025-01-01'), contract, at('2026-06-01T00:00:00+08:00')).lastDay).toBe('2026-12-31');
    expect(warrantyStatus(device('2025-01-01', 6), contract, at('2025-03-01T00:00:00+08:00')).lastDay).toBe(
      '2025-06-30',
    );
    expect(
      warrantyStatus(device('2025-01-01'), { contract: { no: 'HT-2' } }, at('2025-03-01T00:00:00+08:00')).months,
    ).toBe(12);
  });

  test('within 30 days of the end it is expiring (amber), still in warranty', () => {
    const s = warrantyStatus(device('2025-12-20'), null, at('2026-11-25T10:00:00+08:00'));
    expect(s).toMatchObject({ status: 'expiring', label: '即将过保', inWarranty: true, daysLeft: 25 });
  });
});
