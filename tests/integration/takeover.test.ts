// Taking over a ticket nobody can take, over HTTP on the test clock: a major fault whose every candidate is excluded
// breaches and escalates, the customer is told, the expert finds it in their called inbox and takes it in one call;
// the desk force-assigns with a reason (and is refused without one, or for someone inactive); racing takers.
import { loginAll, requestIds } from './fixtures';
import { startHost, type Host } from './harness';

let host: Host;
const tokens: Record<string, string> = {};
const crid = requestIds('it-take');

async function freshHost() {
  await host?.stop();
  host = await startHost({ devClock: true });
  await loginAll(host, tokens);
}

afterAll(async () => {
  await host?.stop();
});

const report = async (severity: 'common' | 'major' = 'major') =>
  (
    await host.ok(
      'tickets',
      'report',
      { serial: 'SN1001-A', severity, description: '终端全部黑屏，大厅无法办理业务', clientRequestId: crid() },
      tokens['c-1001'],
    )
  ).ticket;
const get = async (id: string, as = 'd-3001') => (await host.ok('tickets', 'get', { id }, tokens[as])).ticket;
const run = async () => {
  const reply = await host.trigger('sla');
  expect(reply.ok).toBe(true);
};
const inbox = async (user: string) =>
  (await host.ok('notifications', 'list', { limit: 100 }, tokens[user])).items as any[];
const about = (messages: any[], id: string, template: string) =>
  messages.filter((m) => m.data.ticketId === id && m.template === template);
const called = async (user: string) =>
  (await host.ok('tickets', 'list', { scope: 'called' }, tokens[user])).items as any[];

/** Both local technicians let their offers lapse (15 min, then the rest): every candidate is excluded, it is queued. */
async function untilQueued() {
  await host.advanceClock(16);
  await run();
  await host.advanceClock(8);
  await run();
}

describe('a major fault nobody can take is taken by the expert in one call', () => {
  let id: string;
  beforeAll(async () => {
    await freshHost();
    id = (await report()).id;
  }, 60_000);

  test('both local technicians time out, the third is in another region: queued, then escalated at 30 min', async () => {
    await untilQueued();
    let t = await get(id);
    expect(t).toMatchObject({ status: 'reported', assigneeId: null, escalated: false });
    expect(t.routing.flagged).toBe(true);
    const excluded = Object.fromEntries(t.routing.candidates.map((c: any) => [c.technicianId, c.excluded]));
    expect(excluded).toEqual({
      't-2001': '此前超时未接单',
      't-2002': '此前超时未接单',
      't-2003': expect.stringMatching(/^区域不符/),
    });
    // the departed technician is no candidate at all
    expect(excluded).not.toHaveProperty('t-2099');
    await host.advanceClock(6);
    await run();
    t = await get(id);
    expect(t.sla).toMatchObject({ state: 'escalated', escalationLevel: 2 });
    expect(t.escalated).toBe(true);
    expect(t.events.find((e: any) => e.type === 'escalated').data.notified).toEqual(
      expect.arrayContaining(['t-2001', 'd-3001', 'e-2901']),
    );
  });

  test('the customer is told once, in plain words, what happens next', async () => {
    const told = about(await inbox('c-1001'), id, 'ticket.escalated');
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({
      title: '工单已升级处理',
      link: `/pages/ticket/index?id=${id}`,
      wechat: 'no-grant',
    });
    expect(told[0].body).toContain('您的工单已升级至专家团队处理，我们将尽快与您联系');
    expect(told[0].body).not.toMatch(/超时|李强|赵磊/);
    // a second run at the same instant tells nobody again
    await run();
    expect(about(await inbox('c-1001'), id, 'ticket.escalated')).toHaveLength(1);
    expect((await get(id, 'c-1001')).escalated).toBe(true);
  });

  test('e-2901 finds it in its called inbox, with take, though it holds nothing', async () => {
    const items = await called('e-2901');
    const item = items.find((x) => x.id === id);
    expect(item).toBeDefined();
    expect(item.can).toContain('take');
    // the scope it had keeps its meaning: 'assigned' lists only what the expert holds
    const held = (await host.ok('tickets', 'list', { scope: 'assigned' }, tokens['e-2901'])).items as any[];
    expect(held.map((x) => x.id)).not.toContain(id);
    // the station lead was paged by the escalation: they can open it and take it too
    expect((await get(id, 't-2001')).can).toContain('take');
    // the one in another region sees nothing
    expect((await host.call('tickets', 'get', { id }, tokens['t-2003'])).status).toBe(404);
  });

  test('one call: accepted by e-2901, the escalation acknowledged, the customer told who took it', async () => {
    const t = (await host.ok('tickets', 'take', { id }, tokens['e-2901'])).ticket;
    expect(t).toMatchObject({ status: 'accepted', assigneeId: 'e-2901', escalated: true });
    expect(t.assignee).toMatchObject({ id: 'e-2901', name: '周博' });
    expect(t.sla.escalations.find((e: any) => e.milestone === 'respond')).toMatchObject({
      acknowledgedBy: 'e-2901',
      acknowledgedByName: '周博',
    });
    expect(t.can).toEqual(expect.arrayContaining(['goOnsite', 'resolve', 'plan']));
    expect(t.can).not.toContain('take');
    // the response is met by the take (late: it had run out); the remote-fix clock starts, the plan's runs on
    const clock = (name: string) => t.sla.clocks.find((c: any) => c.name === name);
    expect(clock('respond').metAt).not.toBeNull();
    expect(clock('remoteFix')).toMatchObject({ state: 'running' });
    expect(clock('remoteFix').startedAt).toBe(clock('respond').metAt);
    expect(clock('plan').state).toBe('running');
    expect(t.events.map((e: any) => e.type).slice(-2)).toEqual(['taken', 'escalation-acknowledged']);
    // the customer: first the escalation, then who took it
    const messages = (await inbox('c-1001')).filter((m) => m.data.ticketId === id);
    const accepted = messages.find((m) => m.template === 'ticket.accepted');
    expect(accepted).toMatchObject({ title: '专家已接手处理' });
    expect(accepted.body).toContain('周博');
    const order = [...messages].reverse().map((m) => m.template);
    expect(order.indexOf('ticket.escalated')).toBeLessThan(order.indexOf('ticket.accepted'));
    // the others the escalation called learn it is taken
    expect(about(await inbox('t-2001'), id, 'sla.alert').some((m) => m.title === '升级已有人认领')).toBe(true);
    // the customer's own view names the expert
    expect((await get(id, 'c-1001')).assignee).toMatchObject({ name: '周博' });
  });

  test('taking it again is a conflict; the SLA clocks keep running for the expert', async () => {
    const again = await host.call('tickets', 'take', { id }, tokens['t-2001']);
    expect(again.status).toBe(409);
    expect(again.body.ok === false && again.body.error.message).toBe('该工单已有人接单处理');
    await host.advanceClock(49);
    await run();
    const t = await get(id);
    const warned = t.events.find((e: any) => e.type === 'sla-warned' && e.data.milestone === 'remoteFix');
    expect(warned.data.notified).toContain('e-2901');
    // at 96 min the expert plan's warning reaches the expert team, who owe it
    await host.advanceClock(18);
    await run();
    const planWarned = (await get(id)).events.find((e: any) => e.type === 'sla-warned' && e.data.milestone === 'plan');
    expect(planWarned.data.notified).toContain('e-2901');
    expect((await inbox('e-2901')).some((m) => m.title === '时限预警：专家方案' && m.data.ticketId === id)).toBe(true);
  });
});

describe('the desk force-assigns with a reason', () => {
  let id: string;
  beforeAll(async () => {
    await freshHost();
    id = (await report('common')).id;
  }, 60_000);

  const assign = (data: Record<string, unknown>) => host.call('tickets', 'assign', { id, ...data }, tokens['d-3001']);

  test('the candidates list routing’s technicians and, apart, the active experts (to force-assign)', async () => {
    const { candidates, experts } = await host.ok('tickets', 'candidates', { id }, tokens['d-3001']);
    expect(candidates.map((c: any) => c.technicianId)).not.toContain('e-2901');
    expect(experts).toEqual([
      { technicianId: 'e-2901', name: '周博', onDuty: true, duty: expect.stringMatching(/值班|在岗/), openLoad: 0 },
    ]);
  });

  test('an expert without an override → 409 saying what to do; nothing changes', async () => {
    const before = await get(id);
    const reply = await assign({ technicianId: 'e-2901' });
    expect(reply.status).toBe(409);
    expect(reply.body.ok === false && reply.body.error.message).toContain('强制指派');
    expect((await get(id)).events).toEqual(before.events);
  });

  test('an override without a reason, or with a blank one → 400 VALIDATION_FAILED; nothing changes', async () => {
    const before = await get(id);
    for (const override of [{}, { reason: ' ' }, { reason: 'x'.repeat(201) }]) {
      const reply = await assign({ technicianId: 't-2003', override });
      expect(reply.status).toBe(400);
      expect(reply.body.ok === false && reply.body.error.code).toBe('VALIDATION_FAILED');
    }
    expect((await get(id)).events).toEqual(before.events);
  });

  test('someone who has left is refused, override or not; nothing changes', async () => {
    const before = await get(id);
    for (const extra of [{}, { override: { reason: '临时顶班' } }]) {
      const reply = await assign({ technicianId: 't-2099', ...extra });
      expect(reply.status).toBe(409);
      expect(reply.body.ok === false && reply.body.error.message).toBe('钱峰 已停用，不能指派');
    }
    expect((await get(id)).events).toEqual(before.events);
  });

  test('across regions with a reason: offered to t-2003, the reason in the timeline for staff only', async () => {
    const reason = '浦东站两位工程师均在重大故障现场，请朝阳站远程支援';
    const t = (await assign({ technicianId: 't-2003', override: { reason } })).body as any;
    expect(t.ok).toBe(true);
    expect(t.data.ticket).toMatchObject({ status: 'assigned', assigneeId: 't-2003' });
    expect(t.data.ticket.routing.reasons).toEqual([`强制指派 孙浩：${reason}`]);
    const event = t.data.ticket.events.at(-1);
    expect(event).toMatchObject({ type: 'assigned', data: { technicianId: 't-2003', override: true, reason } });
    expect(event.text).toContain(reason);
    const offered = (await get(id, 't-2003')).can;
    expect(offered).toEqual(expect.arrayContaining(['accept', 'reject']));
    const customer = (await get(id, 'c-1001')).events.find((e: any) => e.type === 'assigned');
    expect(JSON.stringify(customer)).not.toContain(reason);
  });

  test('the expert with an override is offered the ticket and accepts it', async () => {
    const reply = await assign({ technicianId: 'e-2901', override: { reason: '需专家直接处理' } });
    expect(reply.status).toBe(200);
    const t = (await host.ok('tickets', 'accept', { id }, tokens['e-2901'])).ticket;
    expect(t).toMatchObject({ status: 'accepted', assigneeId: 'e-2901' });
    expect((await inbox('t-2003')).some((m) => m.template === 'ticket.reassigned' && m.data.ticketId === id)).toBe(
      true,
    );
  });
});

describe('racing takers and those who may not take', () => {
  let ids: string[];
  beforeAll(async () => {
    await freshHost();
    ids = [(await report()).id, (await report()).id, (await report()).id];
    await untilQueued();
  }, 60_000);

  test('the expert and the station lead race for each queued major fault: one 200, one 409, one holder', async () => {
    for (const id of ids) {
      expect((await get(id)).status).toBe('reported');
      const replies = await Promise.all([
        host.call('tickets', 'take', { id }, tokens['e-2901']),
        host.call('tickets', 'take', { id }, tokens['t-2001']),
      ]);
      expect(replies.map((r) => r.status).sort()).toEqual([200, 409]);
      const winner = replies[0]!.status === 200 ? 'e-2901' : 't-2001';
      const loser = replies.find((r) => r.status === 409)!;
      expect(loser.body.ok === false && loser.body.error.message).toBe('该工单已有人接单处理');
      const t = await get(id);
      expect(t).toMatchObject({ status: 'accepted', assigneeId: winner });
      expect(t.events.filter((e: any) => e.type === 'taken')).toHaveLength(1);
    }
  });

  test('a customer (403), the desk (403) and a technician of another region (404) cannot take; nothing changes', async () => {
    const id = (await report()).id;
    await untilQueued();
    const before = await get(id);
    expect((await host.call('tickets', 'take', { id }, tokens['c-1001'])).status).toBe(403);
    expect((await host.call('tickets', 'take', { id }, tokens['d-3001'])).status).toBe(403);
    expect((await host.call('tickets', 'take', { id }, tokens['t-2003'])).status).toBe(404);
    expect((await host.call('tickets', 'take', { id: 'tk_nope' }, tokens['e-2901'])).status).toBe(404);
    const after = await get(id);
    expect(after.events).toEqual(before.events);
    expect(after).toMatchObject({ status: 'reported', assigneeId: null });
    expect((await get(id, 't-2001')).can).toContain('take');
  });
});
