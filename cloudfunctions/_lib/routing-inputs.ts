// What routing and the SLA ladder need, loaded before core decides: the technicians with their open loads, the
// stations, the week's rosters, the desk and the expert team. Also the fairness bookkeeping saved after an offer.
import { isActive, type CustomerDoc, type DeviceDoc, type Role, type UserDoc } from '../../core/model';
import { shiftAt, weekStartOf } from '../../core/roster/roster';
import type { RoutingContext } from '../../core/routing/context';
import type { SlaStaff } from '../../core/sla/recipients';
import { newOffer } from '../../core/ticket/routing-moves';
import type { Staff } from '../../core/ticket/staff';
import type { TicketDoc } from '../../core/ticket/types';
import type { ActionContext } from './context';
import { holidaysOf } from './holidays';

export const DESK_ROLES: readonly Role[] = ['dispatcher', 'admin'];

/** The device and customer a report has just read: not read again. */
export interface KnownRecords {
  device?: DeviceDoc | null;
  customer?: CustomerDoc | null;
}

export async function loadRoutingContext(
  ctx: ActionContext,
  ticket: Pick<TicketDoc, 'serial' | 'customerId'>,
  known: KnownRecords = {},
): Promise<RoutingContext> {
  const [people, stations, rosters, device, customer, holidays] = await Promise.all([
    ctx.db.users.withRoles(['technician']),
    ctx.db.stations.findAll(),
    rostersNow(ctx),
    known.device !== undefined ? known.device : ctx.db.devices.bySerial(ticket.serial),
    known.customer !== undefined ? known.customer : ctx.db.customers.get(ticket.customerId),
    holidaysOf(ctx),
  ]);
  // people who have left are no candidates: no load of theirs is counted either
  const technicians = people.filter(isActive);
  return {
    technicians,
    stations,
    rosters,
    openLoad: await openLoads(ctx, technicians),
    device,
    customer,
    holidayName: holidays.holidayName,
  };
}

/** Open load per technician: one indexed count each (never a scan of the open tickets). */
async function openLoads(ctx: ActionContext, technicians: readonly UserDoc[]): Promise<Record<string, number>> {
  const loads: Record<string, number> = {};
  await Promise.all(technicians.map(async (t) => (loads[t.id] = await ctx.db.tickets.openLoadOf(t.id))));
  return loads;
}

/** The rosters that can cover the current shift (its date's week). */
export function rostersNow(ctx: ActionContext) {
  return ctx.db.rosters.ofWeek(weekStartOf(shiftAt(ctx.now).date));
}

function staffOf(people: readonly UserDoc[]): Staff {
  const as = (u: UserDoc) => ({ id: u.id, role: u.role });
  return {
    desk: people.filter((u) => DESK_ROLES.includes(u.role)).map(as),
    experts: people.filter((u) => u.role === 'expert').map(as),
  };
}

/** The desk and the expert team still at work (people who have left are told nothing). */
const activeStaff = async (ctx: ActionContext) =>
  (await ctx.db.users.withRoles([...DESK_ROLES, 'expert'])).filter(isActive);

/** The desk and the expert team. */
export async function loadStaff(ctx: ActionContext): Promise<Staff> {
  return staffOf(await activeStaff(ctx));
}

/** The desk, the expert team and what each escalation rung needs (stations, rosters), for one timer pass. */
export async function loadSlaStaff(ctx: ActionContext): Promise<{ staff: Staff; slaStaff: SlaStaff }> {
  const [everyone, stations, rosters, holidays] = await Promise.all([
    ctx.db.users.withRoles([...DESK_ROLES, 'expert', 'technician']),
    ctx.db.stations.findAll(),
    rostersNow(ctx),
    holidaysOf(ctx),
  ]);
  const people = everyone.filter((u) => isActive(u) && u.role !== 'technician');
  return {
    staff: staffOf(people),
    slaStaff: {
      dispatchers: people.filter((u) => u.role === 'dispatcher'),
      admins: people.filter((u) => u.role === 'admin'),
      experts: people.filter((u) => u.role === 'expert'),
      stations,
      rosters,
      holidayName: holidays.holidayName,
      inactive: everyone.filter((u) => !isActive(u)).map((u) => u.id),
    },
  };
}

/** Fairness: when routing last offered the technician a ticket (a bookkeeping write after the ticket's own). */
export async function recordOffer(ctx: ActionContext, before: TicketDoc, after: TicketDoc): Promise<void> {
  const offer = newOffer(before, after);
  if (offer) await ctx.db.users.update(offer.technicianId, { lastAssignedAt: offer.at }).catch(() => {});
}
