import type { UserCaller } from '../identity/caller';
import { escalatedForCustomer, taken } from '../notify/messages';
import { TEMPLATES } from '../notify/templates';
import { routingFor } from '../routing/context';
import { slaPass } from '../sla/pass';
import { planFor } from '../sla/summary';
import * as fx from '../testing/tickets';
import { calledPage, callsOn } from './called';
import { accept, applyRouting, goOnsite, arrive, resolve } from './lifecycle';
import { decideTake } from './moves';
import { allowedActions, canSeeTicket, NO_STANDING, takeRefusal, type Standing } from './permissions';
import { decideAssign, decideReport } from './routing-moves';
import type { TicketDoc } from './types';
import { ticketView } from './view';

const caller = (userId: string, role: UserCaller['role'], extra: Partial<UserCaller> = {}): UserCaller => ({
  kind: 'user',
  userId,
  role,
  ...extra,
});
const expert = caller('e-1', 'expert');
const lead = caller('t-lead', 'technician');
const leads: Standing = { leadRegions: ['上海市浦东新区'] };
const said = (messages: { to: string; template: string; title: string }[]) =>
  messages.map((m) => `${m.to} ${m.template} ${m.title}`);

function pass(t: TicketDoc, minutes: number): TicketDoc {
  const d = slaPass(t, {
    staff: fx.staff,
    slaStaff: fx.slaStaff,
    routing: { ...fx.routing(), technicians: [] },
    oracle: fx.oracle,
    now: fx.at(minutes),
  });
  return d ? fx.derive(d.ticket, minutes) : t;
}

/** A major fault nobody could be offered (queued), breached at 30 min and escalated to the expert team. */
function escalatedMajor(): TicketDoc {
  const queued = decideReport(
    {
      ...fx.reported('major'),
      device: { serial: 'SN-1', name: '工业打印机', productLine: 'printer', customerId: 'cust-1' },
    } as never,
    fx.actor('c-1', 'customer'),
    { ...fx.routing(), technicians: [] },
    fx.staff,
  ).ticket;
  return pass(pass(fx.derive(queued, 0), 24), 30);
}

const offeredTo = (t: TicketDoc, who: string, minutes = 0): TicketDoc =>
  fx.derive(
    applyRouting(
      t,
      {
        candidates: [],
        chosen: who,
        reasons: [],
        decidedAt: fx.at(minutes).toISOString(),
        flagged: false,
        trigger: 'report',
      },
      fx.system(minutes),
    ),
    minutes,
  );

const take = (t: TicketDoc, who: UserCaller, minutes: number, standing: Standing = NO_STANDING, name = '周博') =>
  decideTake(t, { caller: who, name, phone: '13600000000', active: true }, standing, fx.staff, fx.at(minutes));

describe('tickets.take: an expert or the station lead steps in', () => {
  test('the expert takes an escalated major fault from the queue in one move: accepted, the escalation theirs', () => {
    const t = escalatedMajor();
    expect(t).toMatchObject({ status: 'reported', assigneeId: null, escalated: true });
    expect(allowedActions(expert, t)).toContain('take');
    const d = take(t, expert, 31);
    const after = fx.derive(d.ticket, 31);
    expect(after).toMatchObject({ status: 'accepted', assigneeId: 'e-1', escalated: true });
    expect(after.acceptedAt).toBe(fx.at(31).toISOString());
    expect(after.routing).toMatchObject({
      chosen: 'e-1',
      flagged: false,
      trigger: 'take',
      reasons: ['专家接手：周博'],
    });
    expect(after.events.slice(-2)).toEqual([
      expect.objectContaining({ type: 'taken', by: 'e-1', from: 'reported', to: 'accepted' }),
      expect.objectContaining({
        type: 'escalation-acknowledged',
        by: 'e-1',
        data: expect.objectContaining({ milestone: 'respond' }),
      }),
    ]);
    // the take meets the respond clock (late, it had run out); the remote fix clock starts now
    const clocks = planFor(after, fx.oracle, fx.at(31)).snapshot.clocks;
    expect(clocks.find((c) => c.name === 'respond')).toMatchObject({ metAt: fx.at(31).toISOString() });
    expect(clocks.find((c) => c.name === 'remoteFix')).toMatchObject({
      state: 'running',
      startedAt: fx.at(31).toISOString(),
    });
    expect(after.sla.escalationLevel).toBe(2);
    expect(said(d.messages)).toEqual([
      'c-1 ticket.accepted 专家已接手处理',
      't-lead sla.alert 升级已有人认领',
      'd-1 sla.alert 升级已有人认领',
    ]);
    expect(d.messages[0]!.body).toBe('GD20261125-0001：专家 周博 已接手您的工单，将尽快与您联系');
    expect(d.messages[0]!.data).toMatchObject({ technicianName: '周博', technicianPhone: '13600000000' });
    // the ladder stops for the milestone taken: no task force for the respond clock later
    const later = pass(after, 300);
    expect(
      later.events.filter((e) => e.type === 'escalated' && e.data?.milestone === 'respond' && e.data.level === 3),
    ).toEqual([]);
    // and nobody can take it again: it is held, its escalation owned
    expect(allowedActions(lead, after, leads)).not.toContain('take');
  });

  test('of two takers only the first wins; the second is refused with the reason', () => {
    const t = escalatedMajor();
    expect(takeRefusal(lead, t, leads)).toBeNull();
    const first = fx.derive(take(t, lead, 31, leads, '站长').ticket, 31);
    expect(takeRefusal(expert, first)).toBe('该工单已有人接单处理');
    expect(() => take(first, expert, 31)).toThrow(
      expect.objectContaining({ code: 'CONFLICT', message: '该工单已有人接单处理' }),
    );
    expect(first.routing.reasons).toEqual(['站长接手：站长']);
  });

  test('a major fault offered to a technician: the expert may take it; the one it was offered to is told', () => {
    const t = offeredTo(fx.reported('major'), 't-1');
    const d = take(t, expert, 5);
    expect(d.ticket).toMatchObject({ status: 'accepted', assigneeId: 'e-1' });
    expect(d.ticket.events.at(-1)).toMatchObject({ type: 'taken', from: 'assigned', to: 'accepted' });
    expect(said(d.messages)).toEqual(['c-1 ticket.accepted 专家已接手处理', 't-1 ticket.reassigned 工单已由他人接手']);
  });

  test('the station lead takes what waits in their region, never a routine offer to a colleague', () => {
    const offered = offeredTo(fx.reported('common'), 't-1');
    expect(canSeeTicket(lead, offered, leads)).toBe(false);
    expect(takeRefusal(lead, offered, leads)).toBe('您不能接手该工单');
    const queued = fx.derive(
      applyRouting(
        fx.reported('common'),
        { candidates: [], chosen: null, reasons: [], decidedAt: fx.T0.toISOString(), flagged: true, trigger: 'report' },
        fx.system(0),
      ),
      0,
    );
    expect(canSeeTicket(lead, queued, leads)).toBe(true);
    expect(allowedActions(lead, queued, leads)).toContain('take');
    const d = take(queued, lead, 3, leads, '王站长');
    expect(d.ticket).toMatchObject({ status: 'accepted', assigneeId: 't-lead' });
    expect(said(d.messages)).toEqual(['c-1 ticket.accepted 工程师已接单']);
    // a lead of another region sees and takes nothing here
    const elsewhere: Standing = { leadRegions: ['北京市朝阳区'] };
    expect(canSeeTicket(lead, queued, elsewhere)).toBe(false);
    expect(takeRefusal(lead, queued, elsewhere)).toBe('您不能接手该工单');
  });

  test('a holder whose escalation nobody took can be relieved by the lead; on site, nobody takes over', () => {
    let t = fx.derive(accept(offeredTo(fx.reported('common'), 't-1'), fx.actor('t-1', 'technician', 1)), 1);
    t = pass(pass(t, 49), 61); // remote fix breached: rung 1 calls t-1, the lead and the desk
    expect(t.escalated).toBe(true);
    // the lead was called by the escalation: they see it and may take it, even without their station's standing
    expect(canSeeTicket(lead, t)).toBe(true);
    expect(allowedActions(lead, t)).toContain('take');
    expect(takeRefusal(caller('t-1', 'technician'), t)).toBe('您已在处理该工单');
    const d = take(t, lead, 70, NO_STANDING, '王站长');
    expect(d.ticket.events.find((e) => e.type === 'taken')).toMatchObject({
      from: 'accepted',
      to: 'accepted',
      data: { technicianId: 't-lead', previousAssigneeId: 't-1' },
    });
    expect(said(d.messages)).toEqual([
      'c-1 ticket.accepted 工程师已接单',
      't-1 ticket.reassigned 工单已由他人接手',
      'd-1 sla.alert 升级已有人认领',
    ]);
    const onsite = fx.derive(
      arrive(goOnsite(t, fx.actor('t-1', 'technician', 62)), fx.actor('t-1', 'technician', 63)),
      63,
    );
    expect(takeRefusal(lead, onsite)).toBe('工程师已在现场处理，不能接手');
  });

  test('the holder an escalation told, once the desk replaced them, neither sees the ticket nor takes it back', () => {
    let t = fx.derive(accept(offeredTo(fx.reported('common'), 't-1'), fx.actor('t-1', 'technician', 1)), 1);
    t = pass(pass(t, 49), 61);
    expect(t.events.find((e) => e.type === 'escalated')!.data).toMatchObject({
      assigneeId: 't-1',
      notified: expect.arrayContaining(['t-1', 't-lead']),
    });
    const moved = decideAssign(
      t,
      fx.actor('d-1', 'dispatcher', 65),
      { id: 't-2', name: '张伟', role: 'technician' },
      fx.routing(),
      fx.staff,
    ).ticket;
    const replaced = caller('t-1', 'technician');
    expect(canSeeTicket(replaced, moved)).toBe(false);
    expect(takeRefusal(replaced, moved)).toBe('您不能接手该工单');
    // the lead it called to help still may
    expect(takeRefusal(lead, moved)).toBeNull();
  });

  test('who may never take: dispatchers assign instead, customers and unrelated technicians cannot', () => {
    const t = escalatedMajor();
    expect(allowedActions(caller('d-1', 'dispatcher'), t)).not.toContain('take');
    expect(allowedActions(caller('c-1', 'customer', { customerId: 'cust-1' }), t)).not.toContain('take');
    const stranger = caller('t-3', 'technician');
    expect(canSeeTicket(stranger, t)).toBe(false);
    expect(takeRefusal(stranger, t)).toBe('您不能接手该工单');
    // a common ticket nobody escalated is not the expert team's
    const common = offeredTo(fx.reported('common'), 't-1');
    expect(canSeeTicket(expert, common)).toBe(false);
    expect(takeRefusal(expert, common)).toBe('您不能接手该工单');
    // a retired account takes nothing
    expect(() =>
      decideTake(t, { caller: expert, name: '周博', active: false }, NO_STANDING, fx.staff, fx.at(31)),
    ).toThrow('您的账号已停用，不能接手工单');
  });

  test('once resolved, those an escalation called lose sight of it again', () => {
    const t = escalatedMajor();
    const held = fx.derive(take(t, expert, 31).ticket, 31);
    const done = resolve(held, fx.actor('e-1', 'expert', 40), {
      cause: '主板故障',
      actions: '远程切换备用板',
      mode: 'remote',
      partsUsed: [],
      handlerSignature: 'f-1',
      handlerName: '周博',
    });
    expect(canSeeTicket(lead, held, leads)).toBe(true);
    expect(canSeeTicket(lead, done, leads)).toBe(false);
  });
});

describe('tickets.assign with an override (强制指派)', () => {
  const desk = fx.actor('d-1', 'dispatcher', 5);

  test('an expert needs an override; with its reason the ticket is offered to them and the timeline says why', () => {
    const t = escalatedMajor();
    const expertDoc = { id: 'e-1', name: '周博', role: 'expert' as const };
    expect(() => decideAssign(t, desk, expertDoc, fx.routing(), fx.staff)).toThrow(
      expect.objectContaining({ code: 'CONFLICT', message: expect.stringContaining('强制指派') }),
    );
    const d = decideAssign(t, desk, expertDoc, fx.routing(), fx.staff, { reason: '本地工程师均不可派' });
    expect(d.ticket).toMatchObject({ status: 'assigned', assigneeId: 'e-1' });
    expect(d.ticket.routing.reasons).toEqual(['强制指派 周博：本地工程师均不可派']);
    expect(d.ticket.events.at(-1)).toMatchObject({
      type: 'assigned',
      data: { technicianId: 'e-1', override: true, reason: '本地工程师均不可派' },
    });
    expect(said(d.messages)).toEqual(['e-1 ticket.offered 新派单（重大故障）']);
  });

  test('across regions and past an earlier timeout; without an override an excluded technician is still the desk’s call', () => {
    const t = { ...offeredTo(fx.reported('common'), 't-1'), timedOutBy: ['t-3'], rejectedBy: ['t-3'] };
    const far = { id: 't-3', name: '刘洋', role: 'technician' as const };
    const forced = decideAssign(t, desk, far, fx.routing(), fx.staff, { reason: '跨区支援' }).ticket;
    expect(forced).toMatchObject({ assigneeId: 't-3', timedOutBy: [], rejectedBy: [] });
    expect(forced.routing.reasons).toEqual(['强制指派 刘洋：跨区支援']);
    const plain = decideAssign(t, desk, far, fx.routing(), fx.staff).ticket;
    expect(plain.routing.reasons[0]).toContain('自动派单不会选择');
    expect(plain.events.at(-1)!.data).not.toHaveProperty('override');
  });

  test('nobody inactive is assigned, override or not, and routing never considers them', () => {
    const t = offeredTo(fx.reported('common'), 't-1');
    const gone = { id: 't-2', name: '张伟', role: 'technician' as const, active: false };
    for (const override of [undefined, { reason: '紧急' }]) {
      expect(() => decideAssign(t, desk, gone, fx.routing(), fx.staff, override)).toThrow('张伟 已停用，不能指派');
    }
    const routing = {
      ...fx.routing(),
      technicians: fx.technicians.map((u) => (u.id === 't-2' ? { ...u, active: false } : u)),
    };
    const decision = routingFor(t, routing, 'dispatcher', fx.at(5));
    expect(decision.candidates.map((c) => c.technicianId)).not.toContain('t-2');
  });

  test('the customer reads that someone was assigned, never the desk’s reason', () => {
    const t = escalatedMajor();
    const d = decideAssign(t, desk, { id: 't-3', name: '刘洋', role: 'technician' }, fx.routing(), fx.staff, {
      reason: '李强超时未接单',
    });
    const lookups = {
      person: (id: string) =>
        ({ 'd-1': { name: '吴静', role: 'dispatcher' }, 't-3': { name: '刘洋', role: 'technician' } })[id],
      customerName: '申程',
      fileUrl: (id: string) => id,
      oracle: fx.oracle,
      now: fx.at(5),
    };
    const customer = ticketView(d.ticket, caller('c-1', 'customer', { customerId: 'cust-1' }), lookups as never, true);
    const event = customer.events!.find((e) => e.type === 'assigned')!;
    expect(event.text).toBe('正在为您安排工程师');
    expect(event.data).toBeUndefined(); // the desk's details (who, why) are the service's
    const staff = ticketView(d.ticket, caller('d-1', 'dispatcher'), lookups as never, true);
    expect(staff.events!.find((e) => e.type === 'assigned')!.text).toBe('吴静 指派给 刘洋（强制指派：李强超时未接单）');
  });
});

describe('the called inbox (tickets.list scope "called")', () => {
  test('an expert’s: what they hold, every open major fault and escalation to the expert team, most urgent first', () => {
    const major = escalatedMajor();
    const later = { ...offeredTo(fx.reported('major'), 't-1', 10), id: 'tk_2', createdAt: fx.at(10).toISOString() };
    const common = { ...offeredTo(fx.reported('common'), 't-1'), id: 'tk_3' };
    const held = { ...offeredTo(fx.reported('common'), 'e-1'), id: 'tk_4' };
    const closed = {
      ...resolve(fx.derive(take(major, expert, 31).ticket, 31), fx.actor('e-1', 'expert', 40), {
        cause: '主板',
        actions: '更换',
        mode: 'remote',
        partsUsed: [],
        handlerSignature: 'f',
        handlerName: '周博',
      }),
      id: 'tk_5',
    };
    const all = [common, later, major, held, closed, major];
    expect(all.filter((t) => callsOn(expert, t, NO_STANDING)).map((t) => t.id)).toEqual([
      'tk_2',
      'tk_1',
      'tk_4',
      'tk_1',
    ]);
    const first = calledPage(expert, all, NO_STANDING, { limit: 2 });
    // the earliest deadline first (both major faults owe a response by 10:30: the newer first), then the common one
    expect(first.items.map((t) => t.id)).toEqual(['tk_2', 'tk_1']);
    const second = calledPage(expert, all, NO_STANDING, { limit: 2, cursor: first.nextCursor });
    expect(second.items.map((t) => t.id)).toEqual(['tk_4']);
    expect(second.nextCursor).toBeNull();
    expect(() => calledPage(expert, all, NO_STANDING, { limit: 2, cursor: 'nonsense' })).toThrow('分页游标无效');
  });

  test('a technician’s: what they hold and what they may take', () => {
    const queued = { ...escalatedMajor(), id: 'tk_9' };
    const mine = offeredTo(fx.reported('common'), 't-2');
    const t2 = caller('t-2', 'technician');
    expect(calledPage(t2, [queued, mine], NO_STANDING, { limit: 10 }).items.map((t) => t.id)).toEqual(['tk_1']);
    expect(calledPage(lead, [queued, mine], leads, { limit: 10 }).items.map((t) => t.id)).toEqual(['tk_9']);
  });
});

describe('what the customer is told', () => {
  test("a hotline ticket tells the organisation's primary contact user, or nobody when none is bound", () => {
    const t = escalatedMajor();
    const e = t.events.find((x) => x.type === 'escalated')!;
    expect(escalatedForCustomer({ ...t, reporterId: 'd-1', customerRecipientId: 'c-9' }, e).map((m) => m.to)).toEqual([
      'c-9',
    ]);
    expect(escalatedForCustomer({ ...t, reporterId: 'd-1', customerRecipientId: null }, e)).toEqual([]);
  });

  test('an escalation says who handles it now; its WeChat template carries the progress', () => {
    const t = escalatedMajor();
    const e = t.events.find((x) => x.type === 'escalated')!;
    const [m, ...more] = escalatedForCustomer(t, e);
    expect(more).toEqual([]);
    expect(m).toMatchObject({
      to: 'c-1',
      template: 'ticket.escalated',
      title: '工单已升级处理',
      body: 'GD20261125-0001：您的工单已升级至专家团队处理，我们将尽快与您联系',
      link: '/pages/ticket/index?id=tk_1',
      dedupeKey: 'ticket.escalated:tk_1:0',
    });
    expect(TEMPLATES['ticket.escalated'].wechat.fields).toEqual({
      character_string1: '工单号',
      thing2: '处理进展',
      time3: '升级时间',
    });
    expect(taken(t, { name: '李强', role: 'technician' })[0]!.title).toBe('工程师已接单');
  });
});
