// SLA clocks, the escalation ladder, offer timeouts and notifications over HTTP, on the local host's test clock.
import { loginAll, requestIds, uploadAs } from './fixtures';
import { startHost, type Host } from './harness';

let host: Host;
const tokens: Record<string, string> = {};
const crid = requestIds('it-sla');

async function freshHost() {
  await host?.stop();
  host = await startHost({ devClock: true });
  await loginAll(host, tokens);
}

afterAll(async () => {
  await host?.stop();
});

const report = async (severity: 'common' | 'major') =>
  (
    await host.ok(
      'tickets',
      'report',
      { serial: 'SN1001-A', severity, description: '系统停止运行，无法出票', clientRequestId: crid() },
      tokens['c-1001'],
    )
  ).ticket;
const get = async (id: string, as = 'd-3001') => (await host.ok('tickets', 'get', { id }, tokens[as])).ticket;
const run = async () => {
  const reply = await host.trigger('sla');
  expect(reply.ok).toBe(true);
  return reply.data.runs[0].data as { examined: number; changed: number; actions: number };
};
const types = (t: any) => t.events.map((e: any) => e.type);
const inbox = async (user: string) =>
  (await host.ok('notifications', 'list', { limit: 100 }, tokens[user])).items as any[];

describe('a major fault left unaccepted', () => {
  let id: string;
  beforeAll(async () => {
    await freshHost();
    id = (await report('major')).id;
  }, 60_000);

  test('a warning at 24 minutes', async () => {
    await host.advanceClock(23);
    await run();
    expect(types(await get(id))).not.toContain('sla-warned');
    await host.advanceClock(1);
    await run();
    const t = await get(id);
    const warned = t.events.find((e: any) => e.type === 'sla-warned');
    expect(warned.data).toMatchObject({ milestone: 'respond', round: 0 });
    expect(t.sla.state).toBe('warned');
    expect((await inbox('d-3001')).some((m) => m.template === 'sla.alert' && m.title.includes('预警'))).toBe(true);
  });

  test('at 30 minutes: breached and escalated to the expert team, visible to e-2901', async () => {
    await host.advanceClock(6);
    await run();
    const t = await get(id);
    expect(t.events.filter((e: any) => e.type === 'sla-breached').map((e: any) => e.data.milestone)).toEqual([
      'respond',
    ]);
    const escalated = t.events.find((e: any) => e.type === 'escalated');
    expect(escalated.data).toMatchObject({ milestone: 'respond', level: 2 });
    expect(escalated.data.notified).toContain('e-2901');
    expect(t.sla).toMatchObject({ state: 'escalated', escalationLevel: 2, breached: ['respond'] });
    const expertView = await get(id, 'e-2901');
    expect(expertView.can).toContain('acknowledge');
    const messages = await inbox('e-2901');
    expect(
      messages.some((m) => m.template === 'sla.alert' && m.title.includes('专家团队') && m.data.ticketId === id),
    ).toBe(true);
    // the offers timed out meanwhile (15 min, then 5): both technicians tried once, the ticket is in the queue
    expect(types(t).filter((x: string) => x === 'offer-timeout')).toHaveLength(2);
    expect(t.status).toBe('reported');
    expect(t.routing.flagged).toBe(true);
  });

  test('triggering sla twice at the same instant changes nothing the second time', async () => {
    const before = await get(id);
    const second = await run();
    expect(second.changed).toBe(0);
    const after = await get(id);
    expect(after.events).toEqual(before.events);
    expect(after.updatedAt).toBe(before.updatedAt);
    const messages = (await inbox('e-2901')).length;
    await run();
    expect((await inbox('e-2901')).length).toBe(messages);
  });

  test('at 2 h with the plan still missing and nobody acknowledging: the special task force', async () => {
    await host.advanceClock(89);
    await run();
    expect(types(await get(id)).filter((x: string) => x === 'escalated')).toHaveLength(1);
    await host.advanceClock(1);
    await run();
    const t = await get(id);
    const rungs = t.events.filter((e: any) => e.type === 'escalated').map((e: any) => [e.data.milestone, e.data.level]);
    expect(rungs).toEqual(expect.arrayContaining([['respond', 3]]));
    expect(t.sla.escalationLevel).toBe(3);
    expect((await inbox('a-4001')).some((m) => m.title.includes('专项小组'))).toBe(true);
  });
});

describe('acknowledged ("我来处理"), the ladder stops climbing', () => {
  test('the expert takes the escalation at 30 min; at 2 h there is no task force', async () => {
    await freshHost();
    const { id } = await report('major');
    await host.advanceClock(30);
    await run();
    const acked = (await host.ok('sla', 'acknowledge', { id, milestone: 'respond' }, tokens['e-2901'])).ticket;
    expect(acked.sla.escalations.find((e: any) => e.milestone === 'respond')).toMatchObject({
      acknowledgedBy: 'e-2901',
      acknowledgedByName: '周博',
    });
    expect(acked.can).not.toContain('acknowledge');
    expect(acked.sla.at).toMatch(/\+08:00$/);
    // once only
    expect((await host.call('sla', 'acknowledge', { id, milestone: 'respond' }, tokens['d-3001'])).status).toBe(409);
    // each recipient's message opens the ticket where their role works on it
    const desk = (await inbox('d-3001')).find((m) => m.template === 'sla.alert' && m.data.ticketId === id);
    expect(desk.link).toBe(`/desk/ticket/index?id=${id}`);
    const expert = (await inbox('e-2901')).find((m) => m.template === 'sla.alert' && m.data.ticketId === id);
    expect(expert.link).toBe(`/technician/job/index?id=${id}`);
    await host.advanceClock(90);
    await run();
    const t = await get(id);
    expect(t.events.filter((e: any) => e.type === 'escalated' && e.data.level === 3)).toEqual([]);
    // the plan's own breach goes to the expert team, who owe it
    expect(t.events.find((e: any) => e.type === 'escalated' && e.data.milestone === 'plan').data.level).toBe(2);
    // a customer cannot acknowledge
    expect((await host.call('sla', 'acknowledge', { id, milestone: 'plan' }, tokens['c-1001'])).status).toBe(403);
  }, 60_000);
});

describe('remote fixes and the on-site clock', () => {
  beforeAll(freshHost, 60_000);

  test('a common fault fixed remotely in time: no breach, and no on-site clock ever', async () => {
    const t0 = await report('common');
    const tech = t0.assigneeId;
    await host.advanceClock(10);
    await host.ok('tickets', 'accept', { id: t0.id }, tokens[tech]);
    await host.advanceClock(40);
    const fileId = (await uploadAs(host, tokens[tech]!, 'signature')).body.data.upload.fileId;
    await host.ok(
      'tickets',
      'resolve',
      { id: t0.id, cause: '配置错误', actions: '远程修改配置', mode: 'remote', handlerSignature: fileId },
      tokens[tech],
    );
    await host.advanceClock(180);
    await run();
    const t = await get(t0.id);
    expect(types(t)).not.toContain('sla-breached');
    expect(t.sla.breached).toEqual([]);
    const clocks = Object.fromEntries(t.sla.clocks.map((c: any) => [c.name, c.state]));
    expect(clocks).toEqual({ respond: 'met', remoteFix: 'met', onsite: 'pending' });
    expect(t.sla.arriveBy).toBeUndefined();
  });

  test('a failed remote fix starts the on-site clock, 120 minutes from the report', async () => {
    const t0 = await report('common');
    const tech = t0.assigneeId;
    await host.ok('tickets', 'accept', { id: t0.id }, tokens[tech]);
    let t = await get(t0.id);
    expect(t.sla.clocks.find((c: any) => c.name === 'onsite').state).toBe('pending');
    await host.advanceClock(20);
    t = (await host.ok('tickets', 'goOnsite', { id: t0.id, note: '远程无法恢复，需更换主板' }, tokens[tech])).ticket;
    const onsite = t.sla.clocks.find((c: any) => c.name === 'onsite');
    expect(onsite.state).toBe('running');
    expect(Date.parse(onsite.dueAt) - Date.parse(t.createdAt)).toBe(120 * 60_000);
    expect(t.sla.clocks.find((c: any) => c.name === 'remoteFix').state).toBe('stopped');
  });

  test('waiting for the customer pauses the clocks; the customer’s answer resumes them', async () => {
    const t0 = await report('common');
    const tech = t0.assigneeId;
    await host.ok('tickets', 'accept', { id: t0.id }, tokens[tech]);
    await host.advanceClock(10);
    const paused = (
      await host.ok('tickets', 'pause', { id: t0.id, kind: 'customer', reason: '请客户提供设备日志' }, tokens[tech])
    ).ticket;
    expect(paused.sla.state).toBe('paused');
    const dueBefore = paused.sla.clocks.find((c: any) => c.name === 'remoteFix').dueAt;
    await host.advanceClock(120);
    await run();
    expect(types(await get(t0.id))).not.toContain('sla-breached');
    const resumed = (await host.ok('tickets', 'resume', { id: t0.id, note: '日志已发送' }, tokens['c-1001'])).ticket;
    // waiting for parts is not the customer's to end
    await host.ok('tickets', 'pause', { id: t0.id, kind: 'parts', reason: '等待主板到货' }, tokens[tech]);
    expect((await get(t0.id, 'c-1001')).can).not.toContain('resume');
    expect((await host.call('tickets', 'resume', { id: t0.id }, tokens['c-1001'])).status).toBe(409);
    await host.ok('tickets', 'resume', { id: t0.id, note: '配件已到' }, tokens[tech]);
    const dueAfter = resumed.sla.clocks.find((c: any) => c.name === 'remoteFix').dueAt;
    expect(Date.parse(dueAfter) - Date.parse(dueBefore)).toBe(120 * 60_000);
    expect(resumed.sla.state).not.toBe('paused');
  });
});

describe('offer timeout', () => {
  test('an offer not accepted in time moves to the next technician, never back, and is recorded', async () => {
    await freshHost();
    const t0 = await report('common');
    const first = t0.assigneeId;
    await host.advanceClock(30);
    await run();
    const t = await get(t0.id);
    expect(t.assigneeId).not.toBe(first);
    expect(['t-2001', 't-2002']).toContain(t.assigneeId);
    expect(t.events.find((e: any) => e.type === 'offer-timeout').data.technicianId).toBe(first);
    expect(t.routing.candidates.find((c: any) => c.technicianId === first).excluded).toBe('此前超时未接单');
    expect((await inbox(first)).some((m) => m.title === '派单已超时收回')).toBe(true);
  }, 60_000);
});

describe('board, attainment, evidence, notifications', () => {
  test('the board groups open tickets by SLA state; attainment and the evidence pack add up', async () => {
    await freshHost();
    const late = await report('common');
    await host.advanceClock(61);
    const board = await host.ok('sla', 'board', {}, tokens['d-3001']);
    const breached = board.groups.find((g: any) => g.state === 'breached' || g.state === 'escalated');
    expect(breached.items.map((i: any) => i.id)).toContain(late.id);
    await run();
    const after = await host.ok('sla', 'board', {}, tokens['d-3001']);
    expect(after.groups.find((g: any) => g.state === 'escalated').items.map((i: any) => i.id)).toContain(late.id);
    expect((await host.call('sla', 'board', {}, tokens['t-2001'])).status).toBe(403);

    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const att = await host.ok(
      'sla',
      'attainment',
      { from: '2026-01-01', to: '2099-12-31', groupBy: 'station' },
      tokens['a-4001'],
    );
    expect(att.tickets).toBeGreaterThanOrEqual(1);
    expect(att.total.cells.find((c: any) => c.milestone === 'respond')).toMatchObject({ breached: 1 });
    expect(today).toMatch(/^\d{4}-/);

    const pack = await host.ok('sla', 'evidence', { id: late.id }, tokens['c-1001']);
    const html = await (await host.raw(pack.url)).text();
    expect(html).toContain('服务时效证据');
    expect(html).toContain('超时');
    expect(html).toContain(pack.digest);
    expect((await host.call('sla', 'evidence', { id: late.id }, tokens['t-2003'])).status).toBe(404);

    const list = await host.ok('notifications', 'list', {}, tokens['d-3001']);
    expect(list.unread).toBeGreaterThan(0);
    const { unread } = await host.ok('notifications', 'read', { ids: [list.items[0].id] }, tokens['d-3001']);
    expect(unread).toBe(list.unread - 1);
    expect((await host.ok('notifications', 'read', { all: true }, tokens['d-3001'])).unread).toBe(0);
    // someone else's message cannot be marked
    expect((await host.call('notifications', 'read', { ids: [list.items[0].id] }, tokens['c-1001'])).status).toBe(404);
  }, 60_000);

  test('subscription grants: one WeChat send per consent, then the in-app inbox only', async () => {
    await host.ok('notifications', 'grant', { accepted: ['ticket.accepted'] }, tokens['c-1001']);
    const a = await report('common');
    await host.ok('tickets', 'accept', { id: a.id }, tokens[a.assigneeId]);
    const b = await report('common');
    await host.ok('tickets', 'accept', { id: b.id }, tokens[b.assigneeId]);
    const accepted = (await inbox('c-1001')).filter((m) => m.template === 'ticket.accepted');
    expect(accepted.map((m) => m.wechat).sort()).toEqual(['no-grant', 'simulated']);
  });
});
