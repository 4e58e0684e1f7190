// Loading a ticket the caller may see, and saving a decided change with compare-and-set: on a lost race the action
// loads again and decides again on fresh data, so a move that is no longer allowed fails with CONFLICT and writes
// nothing. The decision itself is core's; this file only loads and saves.
import { AppError, isAppError } from '../../core/errors';
import type { UserCaller } from '../../core/identity/caller';
import type { Message } from '../../core/notify/messages';
import type { Decision } from '../../core/ticket/decision';
import { withDerivedFields } from '../../core/ticket/derived';
import { NO_STANDING, requireTicketVisible, type Standing } from '../../core/ticket/permissions';
import type { Actor } from '../../core/ticket/transitions';
import type { TicketDoc } from '../../core/ticket/types';
import type { ActionContext } from './context';
import { holidaysOf } from './holidays';

export type UserCtx = ActionContext & { caller: UserCaller };

export const actorOf = (ctx: UserCtx): Actor => ({ by: ctx.caller.userId, byRole: ctx.caller.role, at: ctx.now });
export const systemActor = (ctx: ActionContext): Actor => ({ by: 'system', byRole: 'system', at: ctx.now });

/** The regions whose station the caller leads: a technician's right to see and take what waits there. */
export async function standingOf(ctx: UserCtx): Promise<Standing> {
  if (ctx.caller.role !== 'technician') return NO_STANDING;
  return { leadRegions: (await ctx.db.stations.ledBy(ctx.caller.userId)).map((s) => s.region) };
}

/** The ticket and the caller's standing towards it, or NOT_FOUND when it does not exist or the caller may not see it. */
export async function loadVisibleWithStanding(
  ctx: UserCtx,
  id: string,
): Promise<{ ticket: TicketDoc; standing: Standing }> {
  const [ticket, standing] = await Promise.all([ctx.db.tickets.get(id), standingOf(ctx)]);
  return { ticket: requireTicketVisible(ctx.caller, ticket, standing), standing };
}

/** The ticket, or NOT_FOUND when it does not exist or the caller may not see it (existence is hidden). */
export async function loadVisible(ctx: UserCtx, id: string): Promise<TicketDoc> {
  return (await loadVisibleWithStanding(ctx, id)).ticket;
}

export interface Outcome<D extends Decision = Decision> {
  before: TicketDoc;
  after: TicketDoc;
  /** what the saved decision says to people: the action sends these after the save */
  messages: Message[];
  /** the decision as made on the data that was saved (null: nothing changed) */
  decision: D | null;
}

const MAX_ATTEMPTS = 50;

/**
 * Load → decide → save, retried on a concurrent write. `load` reads everything the decision needs (the ticket first);
 * `decide` is a pure core function of it, returning the new ticket and its messages, or null to leave it as it is.
 */
export async function changeTicket<S extends { ticket: TicketDoc }, D extends Decision>(
  ctx: ActionContext,
  load: () => Promise<S>,
  decide: (snapshot: S) => D | null,
): Promise<Outcome<D>> {
  for (let attempt = 1; ; attempt++) {
    const snapshot = await load();
    const before = snapshot.ticket;
    const decision = decide(snapshot);
    if (!decision) return { before, after: before, messages: [], decision: null };
    try {
      const after = await saveTicket(ctx, decision.ticket, before.version);
      return { before, after, messages: decision.messages, decision };
    } catch (e) {
      if (isAppError(e) && e.code === 'CONFLICT' && attempt < MAX_ATTEMPTS) continue;
      if (isAppError(e) && e.code === 'CONFLICT') throw new AppError('CONFLICT', '工单正被他人修改，请刷新后重试');
      throw e;
    }
  }
}

/** Saves a ticket decided from version `ifVersion`, with its derived fields (SLA summary, load) recomputed. */
export async function saveTicket(ctx: ActionContext, ticket: TicketDoc, ifVersion: number): Promise<TicketDoc> {
  return ctx.db.tickets.replace(await derived(ctx, ticket), { ifVersion });
}

/** The ticket with its derived fields (SLA summary, load) computed now, in this request's holiday calendar. */
export const derived = async (ctx: ActionContext, ticket: TicketDoc): Promise<TicketDoc> =>
  withDerivedFields(ticket, await holidaysOf(ctx), ctx.now);
