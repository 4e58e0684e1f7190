// What routing needs to decide, loaded before deciding: the technicians with their open loads, the stations, the
// week's rosters, and who served the device and the customer last. routingFor() is then a pure function of it.
import type { CustomerDoc, DeviceDoc, StationDoc, UserDoc } from '../model';
import { dutyOf, type RosterDoc } from '../roster/roster';
import type { CalendarDate } from '../time';
import { loadHolder } from '../ticket/load';
import type { RoutingDecision, TicketDoc } from '../ticket/types';
import { routeTicket } from './route';

export interface RoutingContext {
  technicians: UserDoc[];
  stations: StationDoc[];
  /** the rosters of the week covering now */
  rosters: RosterDoc[];
  /** open tickets per technician (offered, accepted, on site), this ticket included where it counts */
  openLoad: Record<string, number>;
  device: Pick<DeviceDoc, 'lastServedBy'> | null;
  customer: Pick<CustomerDoc, 'lastServedBy'> | null;
  /** the statutory holiday's name on a date, or null (duty labels) */
  holidayName: (date: CalendarDate) => string | null;
}

/** Who should be offered this ticket now, every candidate scored and explained. */
export function routingFor(
  ticket: TicketDoc,
  c: RoutingContext,
  trigger: RoutingDecision['trigger'],
  now: Date,
): RoutingDecision {
  const holder = loadHolder(ticket);
  const openLoad: Record<string, number> = {};
  const lastAssignedAt: Record<string, string | undefined> = {};
  const byId = new Map<string, UserDoc>();
  for (const t of c.technicians) {
    // the ticket being routed does not count against the one who holds it now
    openLoad[t.id] = (c.openLoad[t.id] ?? 0) - (holder === t.id ? 1 : 0);
    lastAssignedAt[t.id] = t.lastAssignedAt;
    byId.set(t.id, t);
  }
  const onDevice = c.device?.lastServedBy;
  const forCustomer = c.customer?.lastServedBy;
  return routeTicket({
    ticket,
    technicians: c.technicians,
    stations: c.stations,
    openLoad,
    lastAssignedAt,
    previous: { ...(onDevice ? { device: onDevice } : {}), ...(forCustomer ? { customer: forCustomer } : {}) },
    duty: (id) => {
      const t = byId.get(id);
      return t ? dutyOf(c.rosters, t.stationId, t, now, c.holidayName) : { onDuty: false, label: '未知人员' };
    },
    trigger,
    now,
  });
}
