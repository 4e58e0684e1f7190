// Filing a fault report — the customer's own (tickets.report) or the hotline's (tickets.reportFor) — the one way:
// a replay returns the ticket its request made; the request names its ticket before it exists; then the number, the
// routing, the SLA policy of the customer's contract (terms and service hours), one insert, the messages.
import { createHash, randomBytes } from 'node:crypto';
import { contractSlaPolicy } from '../../core/masterdata/contract';
import type { ClientRequestDoc, CustomerDoc, DeviceDoc } from '../../core/model';
import type { TicketView } from '../../core/schemas/tickets';
import type { NewTicketInput } from '../../core/ticket/lifecycle';
import { ticketCounterId, ticketNumber } from '../../core/ticket/number';
import { reportRegionOf, requireReportable } from '../../core/ticket/reportable';
import { decideReport, reportMessages } from '../../core/ticket/routing-moves';
import type { TicketDoc } from '../../core/ticket/types';
import { toInstant } from '../../core/time';
import { warrantyStatus } from '../../core/warranty/status';
import { warrantySnapshot } from '../../core/warranty/ticket';
import { loadRoutingContext, loadStaff, recordOffer } from './routing-inputs';
import { nextSequence } from './sequence';
import { actorOf, derived, type UserCtx } from './ticket-store';
import { viewOf } from './ticket-views';

/** (caller, clientRequestId) as hex: the same caller sending the same id names the same request. */
const requestHash = (userId: string, clientRequestId: string) =>
  createHash('sha256').update(`${userId}\n${clientRequestId}`).digest('hex');

/** The key of a caller's create request. */
export function requestKeyFor(userId: string, clientRequestId: string): string {
  return `rq_${requestHash(userId, clientRequestId).slice(0, 32)}`;
}

/** Tickets reported before request records (2026-12) have this id: a replay of such a request still finds its ticket. */
function earlierTicketIdFor(userId: string, clientRequestId: string): string {
  return `tk_${requestHash(userId, clientRequestId).slice(0, 24)}`;
}

/**
 * A new ticket's id: creation time first (base 36, fixed width), then 48 random bits. Ids in creation order keep every
 * index that ends in the id (status, customer, serial, assignee … then id) growing at its end instead of touching a
 * random page per new ticket.
 */
export function newTicketId(now: Date): string {
  return `tk_${now.getTime().toString(36).padStart(9, '0')}${randomBytes(6).toString('hex')}`;
}

/** What the report says beyond its device and customer (the fault, where, whom to call, how it came in). */
export type ReportDetails = Pick<
  NewTicketInput,
  'severity' | 'category' | 'description' | 'environment' | 'photos' | 'video' | 'contactPhone' | 'address' | 'hotline'
>;

/** A report, checked and loaded: the device, its customer, and the details. */
export interface PreparedReport {
  device: DeviceDoc;
  customer: CustomerDoc;
  details: ReportDetails;
}

/**
 * Files the report. `prepare` checks the request (the device is the caller's to report on, the uploads theirs) and
 * loads it; it runs only when the request is new.
 */
export async function fileReport(
  ctx: UserCtx,
  clientRequestId: string,
  prepare: () => Promise<PreparedReport>,
): Promise<{ ticket: TicketView }> {
  const requestKey = requestKeyFor(ctx.caller.userId, clientRequestId);
  const replayed =
    (await replayOf(ctx, await ctx.db.clientRequests.get(requestKey))) ??
    (await replayOf(ctx, await ctx.db.tickets.get(earlierTicketIdFor(ctx.caller.userId, clientRequestId))));
  if (replayed) return replayed;

  const { device, customer, details } = await prepare();
  requireReportable(device, customer);

  // The request names its ticket before the ticket exists: a replay racing this attempt finds the same id, and
  // the ticket insert below lets exactly one of them store it.
  const { doc: request } = await ctx.db.clientRequests.insertIfAbsent({
    id: requestKey,
    userId: ctx.caller.userId,
    ticketId: newTicketId(ctx.now),
    createdAt: toInstant(ctx.now),
  });
  const raced = await replayOf(ctx, request);
  if (raced) return raced;

  const warranty = warrantyStatus(device, customer, ctx.now);
  const [no, routing, staff] = await Promise.all([
    nextSequence(ctx.db, ticketCounterId(ctx.now, device.customerId)).then((seq) =>
      ticketNumber(ctx.now, device.customerId, seq),
    ),
    loadRoutingContext(ctx, device, { device, customer }),
    loadStaff(ctx),
  ]);
  const decision = decideReport(
    {
      id: request.ticketId,
      no,
      clientRequestId,
      ...details,
      region: reportRegionOf(device, customer),
      device: {
        serial: device.serial,
        name: device.name,
        productLine: device.productLine,
        customerId: device.customerId,
      },
      warranty: warrantySnapshot(warranty),
      billable: warranty.billable,
      slaPolicy: contractSlaPolicy(customer.contract),
    },
    actorOf(ctx),
    routing,
    staff,
  );
  const { version: _v, ...toInsert } = await derived(ctx, decision.ticket);
  const { doc, created } = await ctx.db.tickets.insertIfAbsent(toInsert);
  if (created) await recordOffer(ctx, { ...doc, assigneeId: null }, doc);
  await ctx.send(created ? decision.messages : reportMessages(doc, staff));
  return { ticket: await viewOf(ctx, doc) };
}

/**
 * A replay (double tap, a retry after a lost answer or a crash) gets the ticket its request created, and the messages
 * of its routing are sent if the first attempt stopped before them (their dedupe keys make this a no-op otherwise).
 * Null when the request is new, or named a ticket that was never stored (the attempt stopped before it).
 */
async function replayOf(
  ctx: UserCtx,
  from: ClientRequestDoc | TicketDoc | null,
): Promise<{ ticket: TicketView } | null> {
  const existing = from && 'ticketId' in from ? await ctx.db.tickets.get(from.ticketId) : from;
  if (!existing) return null;
  await ctx.send(reportMessages(existing, await loadStaff(ctx)));
  return { ticket: await viewOf(ctx, existing) };
}
