// Warranty status of a device: 12 months from its acceptance date (竣工验收日) by default, per the service plan.
import type { CustomerDoc, DeviceDoc } from '../model';
import { calendarDateOf, startOfCalendarDate, type CalendarDate } from '../time';

/** Service plan: "1 year warranty from the acceptance date". */
export const DEFAULT_WARRANTY_MONTHS = 12;
/** A warranty ending within this many days is shown as expiring (amber, UX.md). */
export const EXPIRING_WITHIN_DAYS = 30;

export type WarrantyState = 'in' | 'expiring' | 'out' | 'not-accepted';

export const WARRANTY_LABELS: Record<WarrantyState, string> = {
  in: '在保',
  expiring: '即将过保',
  out: '已过保',
  'not-accepted': '未验收',
};

/**
 * What applies to repairs in each state. Before acceptance the device is still the delivery project: its faults are
 * handled under the supply contract, so the service neither gives them free nor bills them at cost.
 */
export const WARRANTY_TERMS: Record<WarrantyState, string> = {
  in: '在保：维修与配件免费',
  expiring: '在保：维修与配件免费',
  out: '已过保：维修与配件按成本收费',
  'not-accepted': '未验收（项目交付期）：按合同处理，不按成本收费',
};

export interface WarrantyStatus {
  status: WarrantyState;
  label: string;
  /** what applies to repairs and parts, in words */
  terms: string;
  inWarranty: boolean;
  /** out of warranty: repairs and parts are billed at cost, same service levels (never before acceptance) */
  billable: boolean;
  acceptedAt: CalendarDate | null;
  months: number;
  /** the last calendar day covered (inclusive), business time: "保修至 lastDay" */
  lastDay: CalendarDate | null;
  /** the last covered instant: the end (23:59:59.999, business time) of lastDay, so its date is lastDay */
  warrantyEndsAt: Date | null;
  /** calendar days of cover left counting today (1 on the last day), 0 when not covered */
  daysLeft: number;
  /** calendar days since cover ended (0 while covered or not accepted) */
  daysSinceExpiry: number;
}

/** Warranty length: the device's own override, else its contract's, else the service plan's 12 months. */
export function warrantyMonthsFor(
  device: Pick<DeviceDoc, 'warrantyMonths'>,
  customer?: Pick<CustomerDoc, 'contract'> | null,
): number {
  return device.warrantyMonths ?? customer?.contract.warrantyMonths ?? DEFAULT_WARRANTY_MONTHS;
}

/**
 * The last covered day for an acceptance date and a length in months. Cover runs to the day before the same
 * day-of-month `months` later; where that day does not exist (accepted 29 Feb or the 31st), cover runs through the
 * end of that shorter month — the reading most favourable to the customer.
 */
export function lastCoveredDay(acceptedAt: CalendarDate, months: number): CalendarDate {
  const [y, m, d] = acceptedAt.split('-').map(Number) as [number, number, number];
  const targetMonthIndex = m - 1 + months;
  const ty = y + Math.floor(targetMonthIndex / 12);
  const tm = ((targetMonthIndex % 12) + 12) % 12;
  const daysInTarget = new Date(Date.UTC(ty, tm + 1, 0)).getUTCDate();
  // The anniversary is day d of the target month; cover ends the day before it.
  const anniversary = d <= daysInTarget ? Date.UTC(ty, tm, d) : Date.UTC(ty, tm + 1, 1);
  return new Date(anniversary - 86_400_000).toISOString().slice(0, 10);
}

/** The last covered instant of a last covered day: one millisecond before the next day starts (business time). */
export function endOfCoverOn(lastDay: CalendarDate): Date {
  return new Date(startOfCalendarDate(lastDay).add(1, 'day').valueOf() - 1);
}

/** Whole calendar days from date a to date b (b − a). */
function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

export function warrantyStatus(
  device: Pick<DeviceDoc, 'acceptedAt' | 'warrantyMonths'>,
  customer: Pick<CustomerDoc, 'contract'> | null | undefined,
  now: Date,
): WarrantyStatus {
  const months = warrantyMonthsFor(device, customer);
  const today = calendarDateOf(now);
  // An acceptance dated in the future has not happened yet: cover has not started.
  if (!device.acceptedAt || device.acceptedAt > today) {
    return {
      status: 'not-accepted',
      label: WARRANTY_LABELS['not-accepted'],
      terms: WARRANTY_TERMS['not-accepted'],
      inWarranty: false,
      billable: false,
      acceptedAt: null,
      months,
      lastDay: null,
      warrantyEndsAt: null,
      daysLeft: 0,
      daysSinceExpiry: 0,
    };
  }
  const lastDay = lastCoveredDay(device.acceptedAt, months);
  const warrantyEndsAt = endOfCoverOn(lastDay);
  const daysLeft = Math.max(0, daysBetween(today, lastDay) + 1);
  const inWarranty = now.getTime() <= warrantyEndsAt.getTime();
  const status: WarrantyState = !inWarranty ? 'out' : daysLeft <= EXPIRING_WITHIN_DAYS ? 'expiring' : 'in';
  return {
    status,
    label: WARRANTY_LABELS[status],
    terms: WARRANTY_TERMS[status],
    inWarranty,
    billable: !inWarranty,
    acceptedAt: device.acceptedAt,
    months,
    lastDay,
    warrantyEndsAt,
    daysLeft: inWarranty ? daysLeft : 0,
    daysSinceExpiry: inWarranty ? 0 : Math.max(0, daysBetween(lastDay, today)),
  };
}
