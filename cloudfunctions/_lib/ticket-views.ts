// The caller's views of tickets: the people, customer names and file links a view names, looked up in bulk, then
// core's ticketView for each.
import { MISSING_FILE_URL } from '../../core/files/missing-file';
import type { TicketView } from '../../core/schemas/tickets';
import { ticketView, type PersonRef } from '../../core/ticket/view';
import type { TicketDoc } from '../../core/ticket/types';
import type { ActionContext } from './context';
import { holidaysOf } from './holidays';
import { standingOf, type UserCtx } from './ticket-store';

/** Everyone named by these tickets (assignees, event authors, whom an event names, called or had on a video call), in one query. */
export async function peopleOf(ctx: ActionContext, tickets: readonly TicketDoc[]): Promise<Map<string, PersonRef>> {
  const ids = new Set<string>();
  for (const t of tickets) {
    if (t.assigneeId) ids.add(t.assigneeId);
    for (const e of t.events) {
      if (e.by !== 'system') ids.add(e.by);
      for (const id of [e.data?.technicianId, e.data?.previousAssigneeId, e.data?.expertId]) {
        if (typeof id === 'string') ids.add(id);
      }
      for (const list of [e.data?.notified, e.data?.participants]) {
        if (Array.isArray(list)) for (const id of list) if (typeof id === 'string') ids.add(id);
      }
    }
  }
  const people = new Map<string, PersonRef>();
  for (const u of await ctx.db.users.byIds([...ids])) {
    people.set(u.id, { name: u.name, role: u.role, ...(u.phone ? { phone: u.phone } : {}) });
  }
  return people;
}

/** The caller's views of these tickets (the timeline only with `withEvents`). */
export async function viewsOf(ctx: UserCtx, tickets: readonly TicketDoc[], withEvents = false): Promise<TicketView[]> {
  const [people, customers, standing, holidays] = await Promise.all([
    peopleOf(ctx, tickets),
    ctx.db.customers.byIds(tickets.map((t) => t.customerId)),
    standingOf(ctx),
    holidaysOf(ctx),
  ]);
  const customerName = new Map(customers.map((c) => [c.id, c.name]));
  const fileIds = new Set<string>();
  for (const t of tickets) {
    t.photos.forEach((p) => fileIds.add(p));
    if (t.video) fileIds.add(t.video);
    if (t.report) fileIds.add(t.report.handlerSignature);
  }
  // in bulk (CloudBase: 50 a call); a file the storage lost shows as the 「图片已失效」 placeholder, not a failed list
  const urls = await ctx.files.urls([...fileIds]);
  return tickets.map((t) =>
    ticketView(
      t,
      ctx.caller,
      {
        person: (id) => people.get(id),
        customerName: customerName.get(t.customerId) ?? t.customerId,
        fileUrl: (id) => urls.get(id) ?? MISSING_FILE_URL,
        oracle: holidays,
        now: ctx.now,
        standing,
      },
      withEvents,
    ),
  );
}

/** One ticket's view with its timeline (what every move answers: the app needs no second request). */
export async function viewOf(ctx: UserCtx, t: TicketDoc, withEvents = true): Promise<TicketView> {
  const [view] = await viewsOf(ctx, [t], withEvents);
  return view!;
}
