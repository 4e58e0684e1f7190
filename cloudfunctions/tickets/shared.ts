// What every tickets action shares: loading a ticket the caller may see, changing it with compare-and-set (retried on
// a concurrent write, so the loser re-decides on fresh data), routing it, and building the caller's view of it.
import { AppError, isAppError } from '../../core/errors';
import type { UserCaller } from '../../core/identity/caller';
import type { CustomerDoc, DeviceDoc, UserDoc } from '../../core/model';
import { routeTicket } from '../../core/routing/route';
import { applyRouting } from '../../core/ticket/lifecycle';
import { requireTicketVisible } from '../../core/ticket/permissions';
import type { Actor } from '../../core/ticket/transitions';
import { OPEN_STATUSES } from '../../core/ticket/transitions';
import type { RoutingDecision, TicketDoc, TicketStatus } from '../../core/ticket/types';
import { ticketView, type PersonRef } from '../../core/ticket/view';
import type { TicketView } from '../../core/schemas/tickets';
import { slaSummary } from '../../core/sla/summary';
import type { ActionContext } from '../_lib/context';
import { holidayNameOf, holidayOracle } from '../_lib/holidays';
import { dutyOf, shiftAt, weekStartOf, type RosterDoc } from '../../core/roster/roster';

export type UserCtx = ActionContext & { caller: UserCaller };

export const actorOf = (ctx: UserCtx): Actor => ({ by: ctx.caller.userId, byRole: ctx.caller.role, at: ctx.now });
export const systemActor = (ctx: ActionContext): Actor => ({ by: 'system', byRole: 'system', at: ctx.now });

/** Statuses that count towards a technician's open load. */
export const LOAD_STATUSES: TicketStatus[] = ['assigned', 'accepted', 'onsite'];

export async function loadVisible(ctx: UserCtx, id: string): Promise<TicketDoc> {
  return requireTicketVisible(ctx.caller, await ctx.db.tickets.get(id));
}

const MAX_ATTEMPTS = 50;

/**
 * Loads the ticket, applies `change` and saves it only if nobody wrote it meanwhile (ifVersion); on a lost race it
 * reloads and decides again, so an action that is no longer allowed fails with CONFLICT and writes nothing.
 * `change` returns the new ticket, or null to leave it as it is.
 */
export async function mutateTicket(
  ctx: ActionContext,
  load: () => Promise<TicketDoc>,
  change: (t: TicketDoc) => Promise<TicketDoc | null> | TicketDoc | null,
): Promise<{ before: TicketDoc; after: TicketDoc }> {
  for (let attempt = 1; ; attempt++) {
    const before = await load();
    const changed = await change(before);
    if (!changed) return { before, after: before };
    const next = refreshSla(changed, ctx.now);
    try {
      const after = await ctx.db.tickets.replace(next, { ifVersion: before.version });
      return { before, after };
    } catch (e) {
      if (isAppError(e) && e.code === 'CONFLICT' && attempt < MAX_ATTEMPTS) continue;
      if (isAppError(e) && e.code === 'CONFLICT') throw new AppError('CONFLICT', '工单正被他人修改，请刷新后重试');
      throw e;
    }
  }
}

/** The ticket's device and customer when the caller has just read them (a report): not read again. */
export interface KnownRecords {
  device?: DeviceDoc;
  customer?: CustomerDoc;
}

/** Who routing may consider: technicians, with their open loads, fairness and continuity for this ticket. */
export async function routingFor(
  ctx: ActionContext,
  ticket: TicketDoc,
  trigger: RoutingDecision['trigger'],
  known: KnownRecords = {},
): Promise<RoutingDecision> {
  const rosters = await rostersNow(ctx);
  const [technicians, stations, device, customer] = await Promise.all([
    ctx.db.users.find({ role: 'technician' }, { limit: 1000 }),
    ctx.db.stations.find({}, { limit: 1000 }),
    known.device ?? ctx.db.devices.findOne({ serial: ticket.serial }),
    known.customer ?? ctx.db.customers.get(ticket.customerId),
  ]);
  // Open load per technician: one indexed count each (never a scan of the open tickets).
  const openLoad: Record<string, number> = {};
  await Promise.all(
    technicians.items.map(async (t) => {
      const held = await ctx.db.tickets.count({ loadOf: t.id });
      openLoad[t.id] = held - (ticket.assigneeId === t.id && LOAD_STATUSES.includes(ticket.status) ? 1 : 0);
    }),
  );
  const lastAssignedAt: Record<string, string | undefined> = {};
  for (const t of technicians.items) lastAssignedAt[t.id] = t.lastAssignedAt;
  // continuity: who last resolved a fault on this device, and for this customer (kept on them at each resolution)
  const onDevice = device?.lastServedBy;
  const forCustomer = customer?.lastServedBy;
  return routeTicket({
    ticket,
    technicians: technicians.items,
    stations: stations.items,
    openLoad,
    lastAssignedAt,
    previous: { ...(onDevice ? { device: onDevice } : {}), ...(forCustomer ? { customer: forCustomer } : {}) },
    duty: (id) => {
      const t = technicians.items.find((u) => u.id === id);
      return t ? dutyOf(rosters, t.stationId, t, ctx.now, holidayNameOf) : { onDuty: false, label: '未知人员' };
    },
    trigger,
    now: ctx.now,
  });
}

/** The rosters that can cover the current shift (its date's week). */
export async function rostersNow(ctx: ActionContext): Promise<RosterDoc[]> {
  const { date } = shiftAt(ctx.now);
  return (await ctx.db.rosters.find({ weekStart: weekStartOf(date) }, { limit: 1000 })).items;
}

/** Routes the ticket and stores the decision (offer or dispatchers' queue) in the same compare-and-set write. */
export async function routeAndApply(
  ctx: ActionContext,
  t: TicketDoc,
  trigger: RoutingDecision['trigger'],
  known: KnownRecords = {},
): Promise<TicketDoc> {
  return applyRouting(t, await routingFor(ctx, t, trigger, known), systemActor(ctx));
}

/** After a routing write: fairness bookkeeping and the messages it implies. */
export async function afterRouting(ctx: ActionContext, before: TicketDoc, after: TicketDoc): Promise<void> {
  const offeredNow = after.assigneeId && after.assigneeId !== before.assigneeId && after.status === 'assigned';
  if (offeredNow && after.assigneeId) {
    await ctx.db.users.update(after.assigneeId, { lastAssignedAt: after.offeredAt ?? undefined }).catch(() => {});
    await ctx.notify({
      to: after.assigneeId,
      template: 'ticket.offered',
      title: after.severity === 'major' ? '新派单（重大故障）' : '新派单',
      body: `${after.no} ${after.deviceName}：${after.description.slice(0, 40)}`,
      link: `/technician/job/index?id=${after.id}`,
      data: { ticketId: after.id, no: after.no },
      dedupeKey: `offer:${after.id}:${after.assigneeId}:${after.events.length}`,
    });
  }
  if (
    after.routing.flagged &&
    after.status === 'reported' &&
    !(before.routing.flagged && before.status === 'reported')
  ) {
    const dispatchers = await ctx.db.users.find({ role: { in: ['dispatcher', 'admin'] } }, { limit: 200 });
    for (const d of dispatchers.items) {
      await ctx.notify({
        to: d.id,
        template: 'ticket.queued',
        title: '待人工派单',
        body: `${after.no} ${after.deviceName}：暂无可派工程师`,
        link: `/desk/assign/index?id=${after.id}`,
        data: { ticketId: after.id, no: after.no },
        dedupeKey: `queued:${after.id}:${d.id}:${after.events.length}`,
      });
    }
  }
}

export async function notifyCustomer(
  ctx: ActionContext,
  t: TicketDoc,
  template: string,
  title: string,
  body: string,
): Promise<void> {
  await ctx.notify({
    to: t.reporterId,
    template,
    title,
    body,
    link: `/pages/ticket/index?id=${t.id}`,
    data: { ticketId: t.id, no: t.no },
    dedupeKey: `${template}:${t.id}:${t.events.length}`,
  });
}

/** Everyone named by these tickets (assignees, event authors), loaded in one query. */
async function peopleOf(ctx: ActionContext, tickets: TicketDoc[]): Promise<Map<string, PersonRef>> {
  const ids = new Set<string>();
  for (const t of tickets) {
    if (t.assigneeId) ids.add(t.assigneeId);
    for (const e of t.events) {
      if (e.by !== 'system') ids.add(e.by);
      const tech = e.data?.technicianId;
      if (typeof tech === 'string') ids.add(tech);
    }
  }
  const people = new Map<string, PersonRef>();
  if (ids.size === 0) return people;
  const users = await ctx.db.users.find({ id: { in: [...ids] } }, { limit: 1000 });
  for (const u of users.items as UserDoc[]) {
    people.set(u.id, { name: u.name, role: u.role, ...(u.phone ? { phone: u.phone } : {}) });
  }
  return people;
}

/** The caller's views of these tickets (names, customer names and file URLs looked up in bulk). */
export async function viewsOf(ctx: UserCtx, tickets: TicketDoc[], withEvents = false): Promise<TicketView[]> {
  const customerIds = [...new Set(tickets.map((t) => t.customerId))];
  const [people, customers] = await Promise.all([
    peopleOf(ctx, tickets),
    customerIds.length ? ctx.db.customers.find({ id: { in: customerIds } }, { limit: 1000 }) : { items: [] },
  ]);
  const customerName = new Map(customers.items.map((c) => [c.id, c.name]));
  const fileIds = new Set<string>();
  for (const t of tickets) {
    t.photos.forEach((p) => fileIds.add(p));
    if (t.video) fileIds.add(t.video);
    if (t.report) fileIds.add(t.report.handlerSignature);
  }
  const urls = new Map<string, string>();
  await Promise.all([...fileIds].map(async (id) => urls.set(id, await ctx.files.url(id))));
  return tickets.map((t) =>
    ticketView(
      t,
      ctx.caller,
      {
        person: (id) => people.get(id),
        customerName: customerName.get(t.customerId) ?? t.customerId,
        fileUrl: (id) => urls.get(id) ?? id,
        oracle: holidayOracle,
        now: ctx.now,
      },
      withEvents,
    ),
  );
}

export async function viewOf(ctx: UserCtx, t: TicketDoc, withEvents = true): Promise<TicketView> {
  const [view] = await viewsOf(ctx, [t], withEvents);
  return view!;
}

export const isOpen = (t: TicketDoc) => OPEN_STATUSES.includes(t.status);

/** The SLA summary recomputed from the (new) event log: done on every write of a ticket. */
export function refreshSla<T extends TicketDoc>(t: T, now: Date): T {
  const loadOf = t.assigneeId && LOAD_STATUSES.includes(t.status) ? t.assigneeId : null;
  return { ...t, loadOf, sla: slaSummary(t, holidayOracle, now) };
}
