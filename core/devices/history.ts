// A device's service history in one reading: the parts its fault reports used (every round of every ticket),
// summed by part name with the tickets that used them.
import type { TicketDoc } from '../ticket/types';
import type { Instant } from '../time';

export interface PartsUsedOnDevice {
  name: string;
  quantity: number;
  /** ticket numbers, oldest first */
  tickets: string[];
  lastUsedAt: Instant;
}

export function partsUsedOn(
  tickets: readonly Pick<TicketDoc, 'no' | 'report' | 'previousReports'>[],
): PartsUsedOnDevice[] {
  const byName = new Map<string, PartsUsedOnDevice>();
  const reports = tickets
    .flatMap((t) => [...t.previousReports, ...(t.report ? [t.report] : [])].map((r) => ({ no: t.no, r })))
    .sort((a, b) => a.r.resolvedAt.localeCompare(b.r.resolvedAt));
  for (const { no, r } of reports) {
    for (const p of r.partsUsed) {
      const entry = byName.get(p.name) ?? { name: p.name, quantity: 0, tickets: [], lastUsedAt: r.resolvedAt };
      entry.quantity += p.quantity;
      if (!entry.tickets.includes(no)) entry.tickets.push(no);
      entry.lastUsedAt = r.resolvedAt;
      byName.set(p.name, entry);
    }
  }
  return [...byName.values()].sort((a, b) => b.lastUsedAt.localeCompare(a.lastUsedAt) || a.name.localeCompare(b.name));
}
