// The warranty a ticket was reported under: the snapshot stored with it, and how every view and document reads it —
// one last covered day ("保修至"), one state, one set of words, whatever version of the service stored the snapshot.
import { calendarDateOf, type CalendarDate, type Instant } from '../time';
import {
  EXPIRING_WITHIN_DAYS,
  WARRANTY_LABELS,
  WARRANTY_TERMS,
  endOfCoverOn,
  type WarrantyState,
  type WarrantyStatus,
} from './status';

/** As stored on a ticket. `state` and `lastDay` are absent on tickets stored before 2026-12. */
export interface WarrantySnapshot {
  inWarranty: boolean;
  /** the last covered instant (before 2026-12: 00:00 the day after the last covered day) */
  warrantyEndsAt: Instant | null;
  label: string;
  state?: WarrantyState;
  lastDay?: CalendarDate | null;
}

/** A ticket's label says what applies when that is not plain warranty: the technician and the desk read it. */
const TICKET_LABELS: Record<WarrantyState, string> = {
  ...WARRANTY_LABELS,
  'not-accepted': '未验收（项目交付期，按合同处理）',
};

/** What a report stores of the device's warranty at that moment. */
export function warrantySnapshot(s: WarrantyStatus): WarrantySnapshot {
  return {
    inWarranty: s.inWarranty,
    warrantyEndsAt: s.warrantyEndsAt ? s.warrantyEndsAt.toISOString() : null,
    label: TICKET_LABELS[s.status],
    state: s.status,
    lastDay: s.lastDay,
  };
}

export interface TicketWarranty {
  state: WarrantyState;
  inWarranty: boolean;
  label: string;
  terms: string;
  lastDay: CalendarDate | null;
  /** the end of lastDay (the same meaning as devices.warranty's) */
  warrantyEndsAt: Date | null;
  /** repairs and parts billed at cost: out of warranty only */
  billable: boolean;
}

const daysBetween = (a: CalendarDate, b: CalendarDate) =>
  Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);

/** The state of a snapshot stored before it carried one (its label then said 未验收 for a device not accepted). */
function oldState(w: WarrantySnapshot, lastDay: CalendarDate | null, reportedAt: Instant): WarrantyState {
  if (!w.inWarranty) return w.label.startsWith(WARRANTY_LABELS['not-accepted']) ? 'not-accepted' : 'out';
  if (lastDay && daysBetween(calendarDateOf(reportedAt), lastDay) + 1 <= EXPIRING_WITHIN_DAYS) return 'expiring';
  return 'in';
}

/** The ticket's warranty as every view and document shows it. */
export function ticketWarranty(t: {
  warranty: WarrantySnapshot;
  billable: boolean;
  createdAt: Instant;
}): TicketWarranty {
  const w = t.warranty;
  // one millisecond back: an old snapshot's 00:00 of the next day and a new one's end of day fall on the same date
  const lastDay = w.lastDay ?? (w.warrantyEndsAt ? calendarDateOf(new Date(Date.parse(w.warrantyEndsAt) - 1)) : null);
  const state: WarrantyState = w.state ?? oldState(w, lastDay, t.createdAt);
  return {
    state,
    inWarranty: w.inWarranty,
    label: TICKET_LABELS[state],
    terms: WARRANTY_TERMS[state],
    lastDay,
    warrantyEndsAt: lastDay ? endOfCoverOn(lastDay) : null,
    // a not-accepted device was billed by mistake before 2026-12: the contract applies, not cost
    billable: t.billable && state !== 'not-accepted',
  };
}

/** One line for documents: "在保（保修至 2027-09-01）", "未验收（项目交付期，按合同处理）". */
export function warrantyWords(w: Pick<TicketWarranty, 'label' | 'lastDay'>): string {
  return w.lastDay ? `${w.label}（保修至 ${w.lastDay}）` : w.label;
}
