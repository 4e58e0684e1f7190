// The wire form of a warranty status (times as ISO-8601 with the business offset).
import type { WarrantyView } from '../schemas/devices';
import { toWireOrNull } from '../time';
import type { WarrantyStatus } from './status';

export function warrantyView(s: WarrantyStatus): WarrantyView {
  return {
    status: s.status,
    label: s.label,
    terms: s.terms,
    inWarranty: s.inWarranty,
    billable: s.billable,
    months: s.months,
    lastDay: s.lastDay,
    warrantyEndsAt: toWireOrNull(s.warrantyEndsAt),
    daysLeft: s.daysLeft,
    daysSinceExpiry: s.daysSinceExpiry,
  };
}
