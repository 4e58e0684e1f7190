// sla.evidence: a ticket's SLA evidence pack — the whole timeline and every clock's computation, as a downloadable file.
import { createHash } from 'node:crypto';
import { API } from '../../core/api';
import { computeClocks, roundsOf } from '../../core/sla/clocks';
import { evidenceFileName, renderEvidence } from '../../core/sla/evidence';
import { toWire } from '../../core/time';
import { action } from '../_lib/action';
import { holidaysOf } from '../_lib/holidays';
import { loadVisible } from '../_lib/ticket-store';
import { viewOf } from '../_lib/ticket-views';

export const evidence = action(API.sla.evidence, async function evidence({ id }, ctx) {
  const ticket = await loadVisible(ctx, id);
  const view = await viewOf(ctx, ticket, true);
  const names = new Map((view.events ?? []).map((e) => [e.by, e.byName]));
  // whom escalations called, and who was on a video call
  const notifiedIds = ticket.events.flatMap((e) => [
    ...(Array.isArray(e.data?.notified) ? (e.data.notified as string[]) : []),
    ...(Array.isArray(e.data?.participants) ? (e.data.participants as string[]) : []),
  ]);
  const unknown = [...new Set(notifiedIds)].filter((x) => !names.has(x));
  for (const u of await ctx.db.users.byIds(unknown)) names.set(u.id, u.name);
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
  const holidays = await holidaysOf(ctx);
  const rounds = roundsOf(ticket.events).map((r) => ({
    index: r.index,
    startedAt: r.startedAt,
    clocks: computeClocks(ticket.slaPolicy, ticket.severity, ticket.events, ctx.now, holidays, r.index).clocks,
  }));
  const html = renderEvidence({
    ticket,
    customerName: view.customerName,
    nameOf: (userId) => (userId === 'system' ? '系统' : (names.get(userId) ?? userId)),
    viewer: ctx.caller.role === 'customer' ? 'customer' : 'staff',
    eventText: (i) => view.events?.[i]?.text ?? '',
    eventBy: (i) => view.events?.[i]?.byName ?? '',
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
});
