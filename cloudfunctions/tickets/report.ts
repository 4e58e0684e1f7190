// tickets.report: a customer reports a fault on one of their devices; routed at once. Idempotent by clientRequestId.
import { createHash, randomBytes } from 'node:crypto';
import { requireDeviceVisible } from '../../core/devices/access';
import type { ClientRequestDoc } from '../../core/model';
import { API } from '../../core/api';
import type { TicketView } from '../../core/schemas/tickets';
import { slaPolicy } from '../../core/sla/policy';
import { decideReport, reportMessages } from '../../core/ticket/routing-moves';
import { ticketCounterId, ticketNumber } from '../../core/ticket/number';
import type { TicketDoc } from '../../core/ticket/types';
import { toInstant } from '../../core/time';
import { warrantyStatus } from '../../core/warranty/status';
import { warrantySnapshot } from '../../core/warranty/ticket';
import { action } from '../_lib/action';
import { loadRoutingContext, loadStaff, recordOffer } from '../_lib/routing-inputs';
import { nextSequence } from '../_lib/sequence';
import { actorOf, derived, type UserCtx } from '../_lib/ticket-store';
import { viewOf } from '../_lib/ticket-views';
import { requireOwnUploads } from '../_lib/uploads';

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

export const report = action(API.tickets.report, async function report(input, ctx) {
  const requestKey = requestKeyFor(ctx.caller.userId, input.clientRequestId);
  const replayed =
    (await replayOf(ctx, await ctx.db.clientRequests.get(requestKey))) ??
    (await replayOf(ctx, await ctx.db.tickets.get(earlierTicketIdFor(ctx.caller.userId, input.clientRequestId))));
  if (replayed) return replayed;

  const device = requireDeviceVisible(ctx.caller, await ctx.db.devices.bySerial(input.serial));
  await requireOwnUploads(ctx.db, ctx.caller.userId, input.photos, 'photo');
  if (input.video) await requireOwnUploads(ctx.db, ctx.caller.userId, [input.video], 'video');
  const customer = await ctx.db.customers.mustGet(device.customerId, '客户档案不存在');

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
      clientRequestId: input.clientRequestId,
      severity: input.severity,
      category: input.category,
      description: input.description,
      ...(input.environment ? { environment: input.environment } : {}),
      photos: input.photos,
      ...(input.video ? { video: input.video } : {}),
      contactPhone: input.contactPhone ?? customer.contactPhone,
      address: input.address ?? (device.siteAddress || customer.address),
      region: customer.region,
      device: {
        serial: device.serial,
        name: device.name,
        productLine: device.productLine,
        customerId: device.customerId,
      },
      warranty: warrantySnapshot(warranty),
      billable: warranty.billable,
      slaPolicy: slaPolicy(customer.contract.sla ?? {}, customer.contract.sla ? customer.contract.no : 'default'),
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
});

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
