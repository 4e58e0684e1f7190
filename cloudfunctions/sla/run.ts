// sla.run (timer, every minute): for each ticket whose next deadline is due — and only those, by the index on
// sla.nextDueAt — warn at 80 %, record breaches, escalate and climb the ladder, withdraw offers not accepted in time.
// Idempotent: everything it does is an event the next plan sees, written with compare-and-set; messages are keyed.
import { z } from 'zod';
import type { UserDoc } from '../../core/model';
import { dutyOf, onShift } from '../../core/roster/roster';
import { LEVEL_LABELS, type Level } from '../../core/sla/ladder';
import { MILESTONE_LABELS, type MilestoneName } from '../../core/sla/policy';
import { planFor } from '../../core/sla/summary';
import { SlaRunOutput } from '../../core/schemas/sla';
import { offerTimeout, recordSla } from '../../core/ticket/lifecycle';
import type { TicketDoc, TicketEvent } from '../../core/ticket/types';
import { toInstant, toWire } from '../../core/time';
import { action } from '../_lib/action';
import type { ActionContext } from '../_lib/context';
import { holidayNameOf, holidayOracle } from '../_lib/holidays';
import { afterRouting, mutateTicket, refreshSla, rostersNow, routeAndApply, systemActor } from '../tickets/shared';

const PAGE = 200;
const MAX_PAGES = 100;

interface People {
  /** dispatchers and admins open tickets in the desk; technicians and experts in their job page */
  deskRoles: Set<string>;
  dispatchers: string[];
  admins: string[];
  experts: string[];
  /** the station's lead and the on-duty primary of the current shift */
  leads: string[];
}

/** Who each rung calls: the on-site team (assignee, station lead, dispatchers), the on-duty expert, the task force. */
async function peopleFor(ctx: ActionContext, t: TicketDoc): Promise<People> {
  const [staff, stations, rosters] = await Promise.all([
    ctx.db.users.find({ role: { in: ['dispatcher', 'admin', 'expert'] } }, { limit: 500 }),
    ctx.db.stations.find({ region: t.region }, { limit: 10 }),
    rostersNow(ctx),
  ]);
  const byRole = (role: string) => staff.items.filter((u: UserDoc) => u.role === role);
  const experts = byRole('expert');
  const onDuty = experts.filter((x) => dutyOf(rosters, x.stationId, x, ctx.now, holidayNameOf).onDuty);
  const station = stations.items[0];
  // the station's on-duty primary leads the shift; the station's lead is told as well
  const shiftLead = station
    ? onShift(
        rosters.find((r) => r.stationId === station.id),
        ctx.now,
      )[0]?.userId
    : undefined;
  return {
    deskRoles: new Set([...byRole('dispatcher'), ...byRole('admin')].map((u) => u.id)),
    dispatchers: byRole('dispatcher').map((u) => u.id),
    admins: byRole('admin').map((u) => u.id),
    experts: (onDuty.length ? onDuty : experts).map((u) => u.id),
    leads: [...new Set([station?.leadId, shiftLead].filter((x): x is string => Boolean(x)))],
  };
}

function recipients(level: Level | 'warn', t: TicketDoc, p: People): string[] {
  const team = [t.assigneeId, ...p.leads, ...p.dispatchers];
  const list =
    level === 'warn'
      ? [t.assigneeId, ...p.dispatchers]
      : level === 1
        ? team
        : level === 2
          ? [...team, ...p.experts]
          : [...team, ...p.experts, ...p.admins];
  return [...new Set(list.filter((x): x is string => Boolean(x)))];
}

async function advance(ctx: ActionContext, id: string): Promise<{ changed: boolean; actions: number }> {
  const people = new Map<string, People>();
  const peopleOf = async (t: TicketDoc) => {
    if (!people.has(t.id)) people.set(t.id, await peopleFor(ctx, t));
    return people.get(t.id)!;
  };
  let actionCount = 0;
  const { before, after } = await mutateTicket(
    ctx,
    () => ctx.db.tickets.mustGet(id),
    async (fresh) => {
      const plan = planFor(fresh, holidayOracle, ctx.now);
      actionCount = plan.actions.length;
      if (plan.actions.length === 0) {
        // nothing due after all (a pause, an acceptance meanwhile): just put the next look right
        const refreshed = refreshSla(fresh, ctx.now);
        return JSON.stringify(refreshed.sla) === JSON.stringify(fresh.sla) ? null : refreshed;
      }
      const system = systemActor(ctx);
      let next = fresh;
      for (const a of plan.actions) {
        if (a.kind === 'offer-timeout') {
          next = await routeAndApply(ctx, offerTimeout(next, system, a.technicianId), 'timeout');
          continue;
        }
        const dueAt = a.clock.dueAt;
        if (a.kind === 'warn') {
          next = recordSla(next, system, 'sla-warned', a.milestone, {
            dueAt,
            notified: recipients('warn', next, await peopleOf(next)),
          });
        } else if (a.kind === 'breach') {
          next = recordSla(next, system, 'sla-breached', a.milestone, { dueAt, metLate: a.clock.metAt !== null });
          if (a.level) {
            next = recordSla(next, system, 'escalated', a.milestone, {
              level: a.level,
              notified: recipients(a.level, next, await peopleOf(next)),
            });
          }
        } else {
          next = recordSla(next, system, 'escalated', a.milestone, {
            level: a.level,
            climbed: true,
            notified: recipients(a.level, next, await peopleOf(next)),
          });
        }
      }
      return next;
    },
  );
  if (after === before) return { changed: false, actions: 0 };
  await notifyNewEvents(ctx, before, after);
  return { changed: true, actions: actionCount };
}

/** Where a message about a ticket opens, by the recipient's role (a WeChat message tap opens this page). */
export function ticketLinkFor(userId: string, ticketId: string, deskRoles: ReadonlySet<string>): string {
  return deskRoles.has(userId) ? `/desk/ticket/index?id=${ticketId}` : `/technician/job/index?id=${ticketId}`;
}

async function notifyNewEvents(ctx: ActionContext, before: TicketDoc, after: TicketDoc): Promise<void> {
  const deskRoles = (await peopleFor(ctx, after)).deskRoles;
  const fresh: TicketEvent[] = after.events.slice(before.events.length);
  for (const ev of fresh) {
    const milestone = ev.data?.milestone as MilestoneName | undefined;
    const notified = Array.isArray(ev.data?.notified) ? (ev.data.notified as string[]) : [];
    const label = milestone ? MILESTONE_LABELS[milestone] : '';
    const due = typeof ev.data?.dueAt === 'string' ? toWire(ev.data.dueAt).slice(11, 16) : '';
    let title = '';
    let body = '';
    if (ev.type === 'sla-warned') {
      title = `时限预警：${label}`;
      body = `${after.no} ${after.deviceName}：「${label}」将于 ${due} 到期，请尽快处理`;
    } else if (ev.type === 'escalated') {
      const level = ev.data?.level as Level;
      title = `${ev.data?.climbed ? '升级未认领，继续上升' : '时限超时升级'}：${LEVEL_LABELS[level]}`;
      body = `${after.no} ${after.deviceName}：「${label}」已超时，已升级至${LEVEL_LABELS[level]}，请点击「我来处理」认领`;
    } else if (ev.type === 'offer-timeout') {
      const tech = String(ev.data?.technicianId ?? '');
      await ctx.notify({
        to: tech,
        template: 'ticket.reassigned',
        title: '派单已超时收回',
        body: `${after.no} 未在时限内接单，已改派`,
        data: { ticketId: after.id, no: after.no },
        dedupeKey: `offer-timeout:${after.id}:${ev.seq}`,
      });
      continue;
    } else continue;
    for (const to of notified) {
      await ctx.notify({
        to,
        template: 'sla.alert',
        title,
        body,
        link: ticketLinkFor(to, after.id, deskRoles),
        data: { ticketId: after.id, no: after.no, milestone: milestone ?? null, level: Number(ev.data?.level ?? 0) },
        dedupeKey: `sla:${after.id}:${ev.type}:${String(ev.data?.round)}:${milestone}:${String(ev.data?.level ?? '')}:${to}`,
      });
    }
  }
  await afterRouting(ctx, before, after);
}

export const run = action(
  {
    input: z.object({}).passthrough(),
    output: SlaRunOutput,
    access: { kind: 'timer' },
    summary: '定时任务（每分钟）：时限预警、超时、逐级升级与派单超时改派；只读取到期的工单，可重复执行',
  },
  async (_input, ctx) => {
    const now = toInstant(ctx.now);
    let examined = 0;
    let changed = 0;
    let actions = 0;
    let cursor: string | null = null;
    for (let pages = 0; pages < MAX_PAGES; pages++) {
      const page = await ctx.db.tickets.find(
        { 'sla.nextDueAt': { lte: now } },
        { orderBy: { field: 'sla.nextDueAt' }, limit: PAGE, cursor },
      );
      for (const t of page.items) {
        examined++;
        try {
          const result = await advance(ctx, t.id);
          if (result.changed) changed++;
          actions += result.actions;
        } catch (e) {
          // one ticket's trouble never stops the others; the next run tries it again
          ctx.log.error({
            msg: 'sla advance failed',
            ticketId: t.id,
            error: e instanceof Error ? e.message : String(e),
          });
        }
      }
      cursor = page.nextCursor;
      if (!cursor) break;
    }
    return { examined, changed, actions };
  },
);
