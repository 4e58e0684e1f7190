// The service journey over HTTP on the local host: report → routed offer → accept → on site → resolve with a signed
// report → confirm → rate, for a common and a major fault, in and out of warranty.
import { loginAll, requestIds, uploadAs } from './fixtures';
import { startHost, type Host } from './harness';

let host: Host;
const tokens: Record<string, string> = {};
const crid = requestIds('it-journey');
const upload = (user: string, purpose: string) => uploadAs(host, tokens[user]!, purpose);

beforeAll(async () => {
  host = await startHost();
  await loginAll(host, tokens);
}, 60_000);

afterAll(async () => {
  await host?.stop();
});

async function report(serial: string, severity: 'common' | 'major', extra: Record<string, unknown> = {}) {
  const { ticket } = await host.ok(
    'tickets',
    'report',
    { serial, severity, description: '打印头不出墨，屏幕报错 E-31', clientRequestId: crid(), ...extra },
    tokens['c-1001'],
  );
  return ticket;
}

async function resolveAs(tech: string, id: string, mode: 'remote' | 'onsite', partsUsed: unknown[] = []) {
  const sig = await upload(tech, 'signature');
  expect(sig.status).toBe(200);
  return host.ok(
    'tickets',
    'resolve',
    {
      id,
      cause: '墨路堵塞',
      actions: '清洗墨路并更换过滤器',
      mode,
      partsUsed,
      handlerSignature: sig.body.data.upload.fileId,
      productFeedback: '建议在固件中增加墨路堵塞自检',
    },
    tokens[tech],
  );
}

describe('a common fault in warranty, fixed on site', () => {
  let id: string;
  let tech: string;

  test('the customer reports with a photo; routing offers it to a technician of the region and explains why', async () => {
    const photo = await upload('c-1001', 'photo');
    expect(photo.status).toBe(200);
    const ticket = await report('SN1001-A', 'common', {
      photos: [photo.body.data.upload.fileId],
      environment: '车间温度 35℃，粉尘较多',
      category: 'hardware',
    });
    id = ticket.id;
    expect(ticket.no).toMatch(/^GD\d{8}-[A-Z2-9]{4}-\d{3}$/);
    expect(ticket.status).toBe('assigned');
    expect(['t-2001', 't-2002']).toContain(ticket.assigneeId);
    tech = ticket.assigneeId;
    expect(ticket.warranty.inWarranty).toBe(true);
    expect(ticket.billable).toBe(false);
    expect(ticket.photos).toHaveLength(1);
    // customers see who was chosen but not the other candidates' scores
    expect(ticket.routing.candidates).toEqual([]);
    const staffView = (await host.ok('tickets', 'get', { id }, tokens['d-3001'])).ticket;
    const chosen = staffView.routing.candidates.find((c: any) => c.technicianId === tech);
    expect(chosen.reasons).toEqual(expect.arrayContaining(['同区域']));
    // on duty by the station's roster (the demo rota covers both shifts)
    expect(chosen.reasons.some((r: string) => /^(.+)?值班（(主|备)班）$/.test(r))).toBe(true);
    expect(chosen.reasons.some((r: string) => r.startsWith('负载 '))).toBe(true);
    const far = staffView.routing.candidates.find((c: any) => c.technicianId === 't-2003');
    expect(far.excluded).toMatch(/区域不符/);
    // promised times: respond within 60 minutes of the report
    expect(Date.parse(ticket.sla.respondBy) - Date.parse(ticket.createdAt)).toBe(60 * 60_000);
  });

  test('the offered technician sees it in the inbox, accepts, goes on site and checks in with a location', async () => {
    const inbox = await host.ok('tickets', 'list', { scope: 'assigned', status: 'assigned' }, tokens[tech]);
    expect(inbox.items.map((t: any) => t.id)).toContain(id);
    const accepted = (await host.ok('tickets', 'accept', { id }, tokens[tech])).ticket;
    expect(accepted.status).toBe('accepted');
    expect(accepted.sla.remoteFixBy).toBeDefined();
    const onsite = (await host.ok('tickets', 'goOnsite', { id, note: '需更换过滤器' }, tokens[tech])).ticket;
    expect(onsite.sla.arriveBy).toBeDefined();
    expect(Date.parse(onsite.sla.arriveBy) - Date.parse(onsite.createdAt)).toBe(120 * 60_000);
    const arrived = (
      await host.ok(
        'tickets',
        'arrive',
        { id, location: { latitude: 31.2, longitude: 121.6, accuracy: 30 } },
        tokens[tech],
      )
    ).ticket;
    expect(arrived.status).toBe('onsite');
  });

  test('resolving produces the fault report, readable by the customer and downloadable', async () => {
    const { ticket, report: faultReport } = await resolveAs(tech, id, 'onsite', [
      { name: '墨路过滤器', quantity: 1, unitPrice: 80 },
    ]);
    expect(ticket.status).toBe('resolved');
    expect(faultReport).toMatchObject({ cause: '墨路堵塞', mode: 'onsite', handlerId: tech });
    const seen = (await host.ok('tickets', 'get', { id }, tokens['c-1001'])).ticket;
    expect(seen.report.handlerSignatureUrl).toMatch(/^\/api\/_files\//);
    expect(seen.can).toEqual(expect.arrayContaining(['confirm', 'reopen', 'rate']));
    const sig = await host.raw(seen.report.handlerSignatureUrl);
    expect(sig.status).toBe(200);
    expect(sig.headers.get('content-type')).toBe('image/png');
    const file = await host.ok('tickets', 'reportFile', { id }, tokens['c-1001']);
    expect(file.fileName).toBe(`故障处理报告-${seen.no}.html`);
    const html = await (await host.raw(file.url)).text();
    expect(html).toContain('故障处理报告');
    expect(html).toContain('车间温度 35℃');
    expect(html).toContain('墨路堵塞');
    expect(html).toContain('data:image/png;base64,');
    expect(html).toContain('在保：维修与配件免费');
  });

  test('the customer confirms and rates once; the ticket closes; the timeline tells the whole story', async () => {
    expect((await host.ok('tickets', 'confirm', { id }, tokens['c-1001'])).ticket.status).toBe('confirmed');
    const scores = { speed: 5, attitude: 5, skill: 4, result: 5 };
    const { survey } = await host.ok(
      'surveys',
      'submit',
      { ticketId: id, scores, comment: '响应很快' },
      tokens['c-1001'],
    );
    expect(survey.overall).toBe(4.75);
    const again = await host.call('surveys', 'submit', { ticketId: id, scores }, tokens['c-1001']);
    expect(again.status).toBe(409);
    const done = (await host.ok('tickets', 'get', { id }, tokens['c-1001'])).ticket;
    expect(done.status).toBe('closed');
    expect(done.rated).toBe(true);
    expect(done.events.map((e: any) => e.type)).toEqual([
      'reported',
      'offered',
      'accepted',
      'onsite-started',
      'arrived',
      'resolved',
      'confirmed',
      'rated',
      'closed',
    ]);
    // each status change records before → after
    const accepted = done.events.find((e: any) => e.type === 'accepted');
    expect(accepted).toMatchObject({ from: 'assigned', to: 'accepted', by: tech });
    // arrival coordinates are staff evidence, not shown to the customer
    expect(done.events.find((e: any) => e.type === 'arrived').data).toBeUndefined();
    const staff = (await host.ok('tickets', 'get', { id }, tokens['d-3001'])).ticket;
    expect(staff.events.find((e: any) => e.type === 'arrived').data.location.latitude).toBe(31.2);
  });
});

describe('a major fault out of warranty, fixed remotely', () => {
  test('30-minute response, the expert team told, billable at cost, resolved remotely', async () => {
    const ticket = await report('SN1001-B', 'major');
    expect(ticket.severity).toBe('major');
    expect(ticket.warranty.inWarranty).toBe(false);
    expect(ticket.billable).toBe(true);
    expect(Date.parse(ticket.sla.respondBy) - Date.parse(ticket.createdAt)).toBe(30 * 60_000);
    expect(Date.parse(ticket.sla.planBy) - Date.parse(ticket.createdAt)).toBe(120 * 60_000);
    // the expert team sees major faults
    const experts = await host.ok('tickets', 'list', {}, tokens['e-2901']);
    expect(experts.items.map((t: any) => t.id)).toContain(ticket.id);
    const tech = ticket.assigneeId;
    await host.ok('tickets', 'accept', { id: ticket.id }, tokens[tech]);
    // an on-site report without checking in is refused and changes nothing
    const early = await resolveAs(tech, ticket.id, 'onsite').catch((e) => e);
    expect(String(early)).toMatch(/CONFLICT|现场处理须先签到/);
    const { ticket: resolved } = await resolveAs(tech, ticket.id, 'remote', [
      { name: '主控板', quantity: 1, unitPrice: 1200 },
    ]);
    expect(resolved.mode).toBe('remote');
    expect(resolved.sla.arriveBy).toBeUndefined();
    const file = await host.ok('tickets', 'reportFile', { id: ticket.id }, tokens['c-1001']);
    const html = await (await host.raw(file.url)).text();
    expect(html).toContain('已过保：维修与配件按成本收费');
    expect(html).toContain('1200.00');
  });
});

describe('every severity in and out of warranty, to a closed and rated ticket', () => {
  test.each([
    { serial: 'SN1001-B', severity: 'common', inWarranty: false, respondMinutes: 60, mode: 'onsite' },
    { serial: 'SN1001-A', severity: 'major', inWarranty: true, respondMinutes: 30, mode: 'remote' },
  ] as const)(
    'a $severity fault, in warranty: $inWarranty, fixed $mode',
    async ({ serial, severity, inWarranty, respondMinutes, mode }) => {
      const ticket = await report(serial, severity);
      expect(ticket).toMatchObject({ severity, billable: !inWarranty, warranty: { inWarranty } });
      expect(Date.parse(ticket.sla.respondBy) - Date.parse(ticket.createdAt)).toBe(respondMinutes * 60_000);
      const tech = ticket.assigneeId;
      expect(['t-2001', 't-2002']).toContain(tech);
      await host.ok('tickets', 'accept', { id: ticket.id }, tokens[tech]);
      if (mode === 'onsite') {
        await host.ok('tickets', 'goOnsite', { id: ticket.id }, tokens[tech]);
        await host.ok(
          'tickets',
          'arrive',
          { id: ticket.id, location: { latitude: 31.2, longitude: 121.6 } },
          tokens[tech],
        );
      }
      const { report: faultReport } = await resolveAs(tech, ticket.id, mode);
      expect(faultReport).toMatchObject({ mode, handlerId: tech });
      const html = await (
        await host.raw((await host.ok('tickets', 'reportFile', { id: ticket.id }, tokens['c-1001'])).url)
      ).text();
      expect(html).toContain(inWarranty ? '在保：维修与配件免费' : '已过保：维修与配件按成本收费');
      await host.ok('tickets', 'confirm', { id: ticket.id }, tokens['c-1001']);
      const scores = { speed: 4, attitude: 5, skill: 5, result: 4 };
      await host.ok('surveys', 'submit', { ticketId: ticket.id, scores }, tokens['c-1001']);
      const done = (await host.ok('tickets', 'get', { id: ticket.id }, tokens['c-1001'])).ticket;
      expect(done).toMatchObject({ status: 'closed', rated: true });
      expect(done.events.map((e: any) => e.type)).toEqual([
        'reported',
        'offered',
        'accepted',
        ...(mode === 'onsite' ? ['onsite-started', 'arrived'] : []),
        'resolved',
        'confirmed',
        'rated',
        'closed',
      ]);
    },
  );
});

describe('reject, reopen, cancel and the dispatchers', () => {
  test('a rejection re-routes to the next candidate and never back; with nobody left the ticket is queued, flagged', async () => {
    const ticket = await report('SN1001-A', 'common');
    const first = ticket.assigneeId;
    const r1 = (await host.ok('tickets', 'reject', { id: ticket.id, reason: '正在处理另一起重大故障' }, tokens[first]))
      .ticket;
    expect(r1.status).toBe('assigned');
    const second = r1.assigneeId;
    expect(second).not.toBe(first);
    expect(['t-2001', 't-2002']).toContain(second);
    // the one who rejected can no longer see it
    expect((await host.call('tickets', 'get', { id: ticket.id }, tokens[first])).status).toBe(404);
    const r2 = (await host.ok('tickets', 'reject', { id: ticket.id, reason: '不在附近' }, tokens[second])).ticket;
    expect(r2.status).toBe('reported');
    expect(r2.assigneeId).toBeNull();
    expect(r2.routing.flagged).toBe(true);
    const queue = await host.ok('tickets', 'list', { scope: 'queue' }, tokens['d-3001']);
    expect(queue.items.map((t: any) => t.id)).toContain(ticket.id);
    // the dispatcher sees every technician explained, then assigns
    const { candidates } = await host.ok('tickets', 'candidates', { id: ticket.id }, tokens['d-3001']);
    expect(candidates.find((c: any) => c.technicianId === first).excluded).toBe('已拒绝过该工单');
    const assigned = (await host.ok('tickets', 'assign', { id: ticket.id, technicianId: 't-2003' }, tokens['d-3001']))
      .ticket;
    expect(assigned).toMatchObject({ status: 'assigned', assigneeId: 't-2003' });
    expect(assigned.routing.reasons[0]).toMatch(/调度指派/);
    const outbox = await host.ok('tickets', 'get', { id: ticket.id }, tokens['t-2003']);
    expect(outbox.ticket.can).toEqual(expect.arrayContaining(['accept', 'reject']));
  });

  test('reopen after resolution starts a new round, routed again; cancel only before acceptance', async () => {
    const ticket = await report('SN1001-A', 'common');
    const tech = ticket.assigneeId;
    await host.ok('tickets', 'accept', { id: ticket.id }, tokens[tech]);
    expect((await host.call('tickets', 'cancel', { id: ticket.id }, tokens['c-1001'])).status).toBe(409);
    await resolveAs(tech, ticket.id, 'remote');
    const reopened = (
      await host.ok('tickets', 'reopen', { id: ticket.id, reason: '第二天又出现同样报错' }, tokens['c-1001'])
    ).ticket;
    expect(reopened.status).toBe('assigned');
    expect(reopened.report).toBeNull();
    // continuity: the technician who fixed this device is preferred
    expect(reopened.assigneeId).toBe(tech);
    const other = await report('SN1001-A', 'common');
    const cancelled = (await host.ok('tickets', 'cancel', { id: other.id, reason: '已自行恢复' }, tokens['c-1001']))
      .ticket;
    expect(cancelled.status).toBe('cancelled');
  });

  test('an illegal transition is CONFLICT and changes nothing', async () => {
    const ticket = await report('SN1001-A', 'common');
    const before = (await host.ok('tickets', 'get', { id: ticket.id }, tokens['d-3001'])).ticket;
    const confirm = await host.call('tickets', 'confirm', { id: ticket.id }, tokens['c-1001']);
    expect(confirm.status).toBe(409);
    const arrive = await host.call('tickets', 'arrive', { id: ticket.id }, tokens[ticket.assigneeId]);
    expect(arrive.status).toBe(409);
    const after = (await host.ok('tickets', 'get', { id: ticket.id }, tokens['d-3001'])).ticket;
    expect(after.events).toEqual(before.events);
    expect(after.updatedAt).toBe(before.updatedAt);
  });
});

describe('survey statistics over HTTP', () => {
  test('per technician, with response rate and CSAT; customers may not read them', async () => {
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const stats = await host.ok(
      'surveys',
      'stats',
      { from: '2026-01-01', to: today, groupBy: 'technician' },
      tokens['a-4001'],
    );
    // the ratings above: 5/5/4/5 once and 4/5/5/4 twice, every score 4 or 5
    expect(stats.total).toMatchObject({ surveys: 3, csat: 1 });
    expect(stats.total.averages).toMatchObject({ speed: 4.33, attitude: 5, skill: 4.67, result: 4.33, overall: 4.58 });
    expect(stats.total.resolved).toBeGreaterThan(3);
    expect(stats.total.responseRate).toBe(Math.round((3 / stats.total.resolved) * 10_000) / 10_000);
    expect(stats.rows.reduce((n: number, r: any) => n + r.surveys, 0)).toBe(3);
    expect(stats.rows.every((r: any) => ['t-2001', 't-2002', 't-2003', 'e-2901', '-'].includes(r.key))).toBe(true);
    expect((await host.call('surveys', 'stats', { from: '2026-01-01', to: today }, tokens['c-1001'])).status).toBe(403);
    const bad = await host.call('surveys', 'stats', { from: '2026-12-01', to: '2026-01-01' }, tokens['a-4001']);
    expect(bad.status).toBe(400);
  });
});
