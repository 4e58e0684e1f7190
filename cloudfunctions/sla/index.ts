// The `sla` function: the timer that keeps the promised times, the dispatcher board, attainment, evidence and "我来处理".
import { createHash } from 'node:crypto';
import { attainment as attainmentOf, isMeasured, type FinishedClock } from '../../core/sla/attainment';
import { computeClocks, roundsOf } from '../../core/sla/clocks';
import { evidenceFileName, renderEvidence } from '../../core/sla/evidence';
import { MILESTONE_LABELS } from '../../core/sla/policy';
import { BOARD_LABELS, boardStateOf, planFor } from '../../core/sla/summary';
import { Empty } from '../../core/schemas/common';
import { TicketOutput } from '../../core/schemas/tickets';
import {
  AckInput,
  AttainmentInput,
  AttainmentOutput,
  BoardOutput,
  EvidenceInput,
  EvidenceOutput,
  type BoardItem,
} from '../../core/schemas/sla';
import { acknowledge as acknowledgeEscalation } from '../../core/ticket/lifecycle';
import { OPEN_STATUSES, STATUS_LABELS } from '../../core/ticket/transitions';
import { toWire } from '../../core/time';
import { action, roles, type ActionMap } from '../_lib/action';
import { findAll, periodOf } from '../_lib/find-all';
import { holidayOracle } from '../_lib/holidays';
import { actorOf, loadVisible, mutateTicket, viewOf } from '../tickets/shared';
import { run, ticketLinkFor } from './run';

const BOARD_ORDER = ['escalated', 'breached', 'warned', 'paused', 'on-track'] as const;

const board = action(
  {
    input: Empty,
    output: BoardOutput,
    access: roles('dispatcher', 'admin'),
    summary: '调度看板：未完成工单按时限状态分组（已升级/已超时/预警/暂停/正常），按剩余时间排序',
  },
  async (_input, ctx) => {
    const open = await findAll(ctx.db.tickets, { status: { in: [...OPEN_STATUSES] } }, undefined, 5000);
    const ids = [...new Set(open.flatMap((t) => (t.assigneeId ? [t.assigneeId] : [])))];
    const customerIds = [...new Set(open.map((t) => t.customerId))];
    const [users, customers] = await Promise.all([
      ids.length ? ctx.db.users.find({ id: { in: ids } }, { limit: 1000 }) : { items: [] },
      customerIds.length ? ctx.db.customers.find({ id: { in: customerIds } }, { limit: 1000 }) : { items: [] },
    ]);
    const name = new Map(users.items.map((u) => [u.id, u.name]));
    const customer = new Map(customers.items.map((c) => [c.id, c.name]));
    const items = open.map((t) => {
      const plan = planFor(t, holidayOracle, ctx.now);
      const state = boardStateOf(t, plan);
      const urgent = plan.snapshot.clocks
        .filter(
          (c) =>
            c.metAt === null &&
            c.stoppedAt === null &&
            (c.state === 'running' || c.state === 'breached' || c.state === 'paused'),
        )
        .sort((a, b) => (a.remainingMinutes ?? 0) - (b.remainingMinutes ?? 0))[0];
      const item: BoardItem = {
        id: t.id,
        no: t.no,
        status: t.status,
        statusLabel: STATUS_LABELS[t.status],
        severity: t.severity,
        deviceName: t.deviceName,
        customerName: customer.get(t.customerId) ?? t.customerId,
        assigneeName: t.assigneeId ? (name.get(t.assigneeId) ?? t.assigneeId) : null,
        state: state === 'done' ? 'on-track' : state,
        escalationLevel: Math.max(0, ...plan.escalations.map((e) => e.level)),
        urgent: urgent
          ? {
              milestone: urgent.name,
              label: urgent.label,
              dueAt: urgent.dueAt ? toWire(urgent.dueAt) : null,
              remainingMinutes: urgent.remainingMinutes,
            }
          : null,
      };
      return item;
    });
    const left = (i: BoardItem) => i.urgent?.remainingMinutes ?? Number.MAX_SAFE_INTEGER;
    return {
      at: toWire(ctx.now),
      total: items.length,
      groups: BOARD_ORDER.map((state) => ({
        state,
        label: BOARD_LABELS[state],
        items: items.filter((i) => i.state === state).sort((a, b) => left(a) - left(b)),
      })),
    };
  },
);

const attainment = action(
  {
    input: AttainmentInput,
    output: AttainmentOutput,
    access: roles('dispatcher', 'admin'),
    summary: '时限达标率：某期间报修的工单，按时限、服务站或工程师统计按时达成比例',
  },
  async (input, ctx) => {
    const tickets = await findAll(
      ctx.db.tickets,
      { createdAt: periodOf(input.from, input.to) },
      { field: 'createdAt' },
    );
    const [users, stations] = await Promise.all([
      ctx.db.users.find({ role: { in: ['technician', 'expert'] } }, { limit: 1000 }),
      ctx.db.stations.find({}, { limit: 500 }),
    ]);
    const station = new Map(users.items.map((u) => [u.id, u.stationId ?? '-']));
    const labels = new Map<string, string>([
      ...users.items.map((u) => [u.id, u.name] as [string, string]),
      ...stations.items.map((s) => [s.id, s.name] as [string, string]),
    ]);
    const clocks: FinishedClock[] = [];
    for (const t of tickets) {
      const who = t.report?.handlerId ?? t.assigneeId ?? null;
      const group = input.groupBy === 'technician' ? (who ?? '-') : who ? (station.get(who) ?? '-') : '-';
      roundsOf(t.events).forEach((_, round) => {
        for (const c of computeClocks(t.slaPolicy, t.severity, t.events, ctx.now, holidayOracle, round).clocks) {
          if (isMeasured(c)) clocks.push({ milestone: c.name, group, state: c.state });
        }
      });
    }
    const result = attainmentOf(clocks, (k) => labels.get(k) ?? k);
    const label = (row: ReturnType<typeof attainmentOf>['total']) => ({
      ...row,
      cells: row.cells.map((c) => ({ ...c, label: MILESTONE_LABELS[c.milestone] })),
    });
    return {
      from: input.from,
      to: input.to,
      groupBy: input.groupBy,
      tickets: tickets.length,
      rows: result.rows.map(label),
      total: label(result.total),
    };
  },
);

const evidence = action(
  {
    input: EvidenceInput,
    output: EvidenceOutput,
    access: roles('customer', 'dispatcher', 'admin', 'expert', 'technician'),
    summary: '服务时效证据包：完整时间线与各时限计算结果（可下载的 HTML 文件），能查看该工单的人可下载',
  },
  async ({ id }, ctx) => {
    const ticket = await loadVisible(ctx, id);
    const view = await viewOf(ctx, ticket, true);
    const names = new Map((view.events ?? []).map((e) => [e.by, e.byName]));
    const notifiedIds = ticket.events.flatMap((e) =>
      Array.isArray(e.data?.notified) ? (e.data.notified as string[]) : [],
    );
    const unknown = [...new Set(notifiedIds)].filter((x) => !names.has(x));
    if (unknown.length) {
      for (const u of (await ctx.db.users.find({ id: { in: unknown } }, { limit: 500 })).items) names.set(u.id, u.name);
    }
    const reports = [...ticket.previousReports, ...(ticket.report ? [ticket.report] : [])];
    const signatures = [];
    for (const r of reports) {
      const file = await ctx.files.get(r.handlerSignature);
      if (file) {
        signatures.push({
          label: `${r.handlerName} · ${toWire(r.resolvedAt).slice(0, 16).replace('T', ' ')}`,
          dataUrl: `data:${file.contentType};base64,${file.bytes.toString('base64')}`,
        });
      }
    }
    const digest = createHash('sha256').update(JSON.stringify(ticket.events)).digest('hex');
    const rounds = roundsOf(ticket.events).map((r) => ({
      index: r.index,
      startedAt: r.startedAt,
      clocks: computeClocks(ticket.slaPolicy, ticket.severity, ticket.events, ctx.now, holidayOracle, r.index).clocks,
    }));
    const html = renderEvidence({
      ticket,
      customerName: view.customerName,
      nameOf: (userId) => (userId === 'system' ? '系统' : (names.get(userId) ?? userId)),
      eventText: (i) => view.events?.[i]?.text ?? '',
      rounds,
      signatures,
      generatedAt: ctx.now,
      digest,
    });
    const contentType = 'text/html; charset=utf-8';
    const stored = await ctx.files.put(
      `evidence/${ticket.id}/${ticket.version}.html`,
      Buffer.from(html, 'utf8'),
      contentType,
    );
    return { fileName: evidenceFileName(ticket), url: await ctx.files.url(stored.fileId), contentType, digest };
  },
);

const acknowledge = action(
  {
    input: AckInput,
    output: TicketOutput,
    access: roles('technician', 'expert', 'dispatcher', 'admin'),
    summary: '「我来处理」：认领某时限的升级，记录认领人，该时限的升级不再继续上升',
  },
  async ({ id, milestone }, ctx) => {
    const { after } = await mutateTicket(
      ctx,
      () => loadVisible(ctx, id),
      (t) => acknowledgeEscalation(t, actorOf(ctx), milestone),
    );
    const me = await ctx.db.users.get(ctx.caller.userId);
    const desk = await ctx.db.users.find({ role: { in: ['dispatcher', 'admin'] } }, { limit: 500 });
    const deskRoles = new Set(desk.items.map((u) => u.id));
    const notified = new Set(
      after.events
        .filter((e) => e.type === 'escalated' && e.data?.milestone === milestone)
        .flatMap((e) => (Array.isArray(e.data?.notified) ? (e.data.notified as string[]) : [])),
    );
    notified.delete(ctx.caller.userId);
    for (const to of notified) {
      await ctx.notify({
        to,
        template: 'sla.alert',
        title: '升级已有人认领',
        body: `${after.no}：「${MILESTONE_LABELS[milestone]}」升级已由 ${me?.name ?? ctx.caller.userId} 认领处理`,
        link: ticketLinkFor(to, after.id, deskRoles),
        data: { ticketId: after.id, no: after.no, milestone },
        dedupeKey: `ack:${after.id}:${after.events.length}:${to}`,
      });
    }
    return { ticket: await viewOf(ctx, after) };
  },
);

export const actions: ActionMap = { run, board, attainment, evidence, acknowledge };
