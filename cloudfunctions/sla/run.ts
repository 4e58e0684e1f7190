// sla.run (timer, every minute): for each ticket whose next deadline is due — and only those, by the index on
// sla.nextDueAt — warn at 80 %, record breaches, escalate and climb the ladder, withdraw offers not accepted in time.
// It reads top to bottom: load what is due and the people it needs → decide in core (slaPass) → save → send.
// Idempotent: everything it does is an event the next plan sees, saved with compare-and-set; messages are keyed.
import { API } from '../../core/api';
import { slaPass } from '../../core/sla/pass';
import { shiftLoad } from '../../core/ticket/load';
import type { TicketDoc } from '../../core/ticket/types';
import { toInstant } from '../../core/time';
import { action } from '../_lib/action';
import type { ActionContext } from '../_lib/context';
import { holidaysOf } from '../_lib/holidays';
import { loadRoutingContext, loadSlaStaff, recordOffer } from '../_lib/routing-inputs';
import { changeTicket } from '../_lib/ticket-store';

const PAGE = 200;
const MAX_PAGES = 100;

/** The tickets whose next deadline has come, in deadline order (an indexed range, never a scan). */
async function loadDue(ctx: ActionContext): Promise<TicketDoc[]> {
  const due: TicketDoc[] = [];
  let cursor: string | null = null;
  for (let pages = 0; pages < MAX_PAGES; pages++) {
    const page = await ctx.db.tickets.find(
      { 'sla.nextDueAt': { lte: toInstant(ctx.now) } },
      { orderBy: { field: 'sla.nextDueAt' }, limit: PAGE, cursor },
    );
    due.push(...page.items);
    cursor = page.nextCursor;
    if (!cursor) break;
  }
  return due;
}

export const run = action(API.sla.run, async function run(_input, ctx) {
  // load: what is due, and once for the pass the people the ladder calls and routing's context (loads are kept in
  // step as the pass moves offers, so no decision reads the store)
  const due = await loadDue(ctx);
  if (due.length === 0) return { examined: 0, changed: 0, actions: 0 };
  const [{ staff, slaStaff }, base, devices, customers, holidays] = await Promise.all([
    loadSlaStaff(ctx),
    loadRoutingContext(ctx, due[0]!),
    ctx.db.devices.bySerials(due.map((t) => t.serial)),
    ctx.db.customers.byIds(due.map((t) => t.customerId)),
    holidaysOf(ctx),
  ]);
  const deviceOf = new Map(devices.map((d) => [d.serial, d]));
  const customerOf = new Map(customers.map((c) => [c.id, c]));
  let openLoad = base.openLoad;
  let changed = 0;
  let actions = 0;
  for (const t of due) {
    try {
      // decide (core) and save, per ticket: a lost race reloads that ticket and decides again
      const outcome = await changeTicket(
        ctx,
        async () => ({ ticket: await ctx.db.tickets.mustGet(t.id) }),
        ({ ticket }) =>
          slaPass(ticket, {
            staff,
            slaStaff,
            routing: {
              ...base,
              openLoad,
              device: deviceOf.get(ticket.serial) ?? null,
              customer: customerOf.get(ticket.customerId) ?? null,
            },
            oracle: holidays,
            now: ctx.now,
          }),
      );
      if (!outcome.decision) continue;
      changed++;
      actions += outcome.decision.actions;
      openLoad = shiftLoad(openLoad, outcome.before, outcome.after);
      // send: after the save, as every action does
      await recordOffer(ctx, outcome.before, outcome.after);
      await ctx.send(outcome.messages);
    } catch (e) {
      // one ticket's trouble never stops the others; the next run tries it again
      ctx.log.error({ msg: 'sla advance failed', ticketId: t.id, error: e instanceof Error ? e.message : String(e) });
    }
  }
  return { examined: due.length, changed, actions };
});
