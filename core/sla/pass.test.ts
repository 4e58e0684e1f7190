import * as fx from '../testing/tickets';
import { accept, applyRouting, reopen, resolve } from '../ticket/lifecycle';
import { decideAcknowledge } from '../ticket/moves';
import { decideReport } from '../ticket/routing-moves';
import type { TicketDoc } from '../ticket/types';
import { slaPass, type SlaPassContext } from './pass';

const ctx = (minutes: number, openLoad: Record<string, number> = {}): SlaPassContext => ({
  staff: fx.staff,
  slaStaff: fx.slaStaff,
  routing: fx.routing(openLoad),
  oracle: fx.oracle,
  now: fx.at(minutes),
});

/** A pass at `minutes`, its result stored as a save would (the derived SLA summary recomputed). */
function pass(t: TicketDoc, minutes: number) {
  const d = slaPass(t, ctx(minutes));
  return d ? { ...d, ticket: fx.derive(d.ticket, minutes) } : null;
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
const acceptedBy = (t: TicketDoc, who: string, minutes: number) =>
  fx.derive(accept(t, fx.actor(who, 'technician', minutes)), minutes);
const said = (messages: { to: string; template: string; title: string; link?: string }[]) =>
  messages.map((m) => `${m.to} ${m.template} ${m.title}${m.link ? ` → ${m.link}` : ''}`);

describe('the messages an SLA pass causes', () => {
  test('an offer nobody accepted in time is withdrawn: its technician is told, the next one is offered the ticket', () => {
    const t = offeredTo(fx.reported('common'), 't-1');
    expect(pass(t, 29)).toBeNull(); // the offer waits half the respond time: 30 min
    const d = pass(t, 30)!;
    expect(d.ticket.assigneeId).toBe('t-2');
    expect(d.ticket.timedOutBy).toEqual(['t-1']);
    expect(said(d.messages)).toEqual([
      't-1 ticket.reassigned 派单已超时收回',
      `t-2 ticket.offered 新派单 → /technician/job/index?id=tk_1`,
    ]);
  });

  test('when every technician has let an offer lapse, the desk is asked to assign it', () => {
    const first = pass(offeredTo(fx.reported('common'), 't-1'), 30)!.ticket;
    const d = pass(first, 60)!;
    expect(d.ticket.status).toBe('reported');
    expect(d.ticket.routing.flagged).toBe(true);
    expect(said(d.messages)).toEqual(
      expect.arrayContaining([
        't-2 ticket.reassigned 派单已超时收回',
        'd-1 ticket.queued 待人工派单 → /desk/assign/index?id=tk_1',
        'a-1 ticket.queued 待人工派单 → /desk/assign/index?id=tk_1',
      ]),
    );
  });

  test('a warning at 80 % goes to the assignee and the dispatchers, each to their own screen', () => {
    const t = acceptedBy(offeredTo(fx.reported('common'), 't-1'), 't-1', 1);
    expect(pass(t, 48)).toBeNull(); // remote fix: 60 min from acceptance, warned at 49
    const d = pass(t, 49)!;
    expect(said(d.messages)).toEqual([
      't-1 sla.alert 时限预警：远程解决 → /technician/job/index?id=tk_1',
      'd-1 sla.alert 时限预警：远程解决 → /desk/ticket/index?id=tk_1',
    ]);
    expect(d.messages[0]!.body).toContain('将于 11:01 到期');
  });

  test('a breach escalates to rung 1: the assignee, the station lead and the dispatchers', () => {
    const warned = pass(acceptedBy(offeredTo(fx.reported('common'), 't-1'), 't-1', 1), 49)!.ticket;
    const d = pass(warned, 61)!;
    expect(d.ticket.events.map((e) => e.type).slice(-2)).toEqual(['sla-breached', 'escalated']);
    expect(said(d.messages)).toEqual([
      't-1 sla.alert 时限超时升级：现场服务团队 → /technician/job/index?id=tk_1',
      't-lead sla.alert 时限超时升级：现场服务团队 → /technician/job/index?id=tk_1',
      'd-1 sla.alert 时限超时升级：现场服务团队 → /desk/ticket/index?id=tk_1',
      'c-1 ticket.escalated 工单已升级处理 → /pages/ticket/index?id=tk_1',
    ]);
    expect(d.messages[3]!.body).toBe('GD20261125-0001：您的工单已升级至服务站负责人处理，我们将尽快与您联系');
  });

  test('an escalation nobody takes climbs: rung 2 adds the expert team, rung 3 the admins', () => {
    let t = pass(acceptedBy(offeredTo(fx.reported('common'), 't-1'), 't-1', 1), 49)!.ticket;
    t = pass(t, 61)!.ticket;
    expect(pass(t, 150)).toBeNull(); // climbs 90 min after the rung it is on
    const rung2 = pass(t, 151)!;
    expect(rung2.messages.map((m) => m.to)).toEqual(['t-1', 't-lead', 'd-1', 'e-1']);
    expect(rung2.messages[3]!.title).toBe('升级未认领，继续上升：专家团队');
    const rung3 = pass(rung2.ticket, 241)!;
    expect(rung3.messages.map((m) => m.to)).toEqual(['t-1', 't-lead', 'd-1', 'e-1', 'a-1']);
    expect(rung3.messages[4]).toMatchObject({
      title: '升级未认领，继续上升：专项小组',
      link: '/desk/ticket/index?id=tk_1',
    });
    expect(pass(rung3.ticket, 600)?.messages ?? []).toEqual([]); // rung 3 is the top
  });

  test('a major fault that nobody answers in 30 minutes goes straight to the expert team (rung 2)', () => {
    const queued = decideReport(
      {
        ...fx.reported('major'),
        device: { serial: 'SN-1', name: '工业打印机', productLine: 'printer', customerId: 'cust-1' },
      } as never,
      fx.actor('c-1', 'customer'),
      { ...fx.routing(), technicians: [] },
      fx.staff,
    ).ticket;
    const t = fx.derive(queued, 0);
    const d = pass(pass(t, 24)!.ticket, 30)!;
    const escalated = d.ticket.events.find((e) => e.type === 'escalated')!;
    expect(escalated.data).toMatchObject({ milestone: 'respond', level: 2, notified: ['t-lead', 'd-1', 'e-1'] });
    expect(said(d.messages)).toEqual([
      't-lead sla.alert 时限超时升级：专家团队 → /technician/job/index?id=tk_1',
      'd-1 sla.alert 时限超时升级：专家团队 → /desk/ticket/index?id=tk_1',
      'e-1 sla.alert 时限超时升级：专家团队 → /technician/job/index?id=tk_1',
      'c-1 ticket.escalated 工单已升级处理 → /pages/ticket/index?id=tk_1',
    ]);
    expect(d.messages[3]!.body).toBe('GD20261125-0001：您的工单已升级至专家团队处理，我们将尽快与您联系');
  });

  test('the customer hears of the round’s first escalation once, without blame; the ticket is flagged escalated', () => {
    const warned = pass(acceptedBy(offeredTo(fx.reported('common'), 't-1'), 't-1', 1), 49)!.ticket;
    expect(warned.escalated).toBe(false);
    const rung1 = pass(warned, 61)!;
    expect(rung1.ticket.escalated).toBe(true);
    const told = rung1.messages.filter((m) => m.to === 'c-1');
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({ template: 'ticket.escalated', data: { progress: '已升级至服务站负责人处理' } });
    // what happens next, never a missed deadline or a name
    expect(told[0]!.body).not.toMatch(/超时|逾期|李强|t-1/);
    // the climb to the expert team calls more staff but says nothing more to the customer
    const rung2 = pass(rung1.ticket, 151)!;
    expect(rung2.messages.some((m) => m.to === 'c-1')).toBe(false);
    expect(rung2.ticket.escalated).toBe(true);
  });

  test('a reopened ticket starts its round unescalated; its first escalation tells the customer again', () => {
    let t = pass(acceptedBy(offeredTo(fx.reported('common'), 't-1'), 't-1', 1), 49)!.ticket;
    t = pass(t, 61)!.ticket;
    expect(t.escalated).toBe(true);
    const resolvedAt = fx.derive(
      resolve(t, fx.actor('t-1', 'technician', 70), {
        cause: '电源',
        actions: '更换',
        mode: 'remote',
        partsUsed: [],
        handlerSignature: 'f-1',
        handlerName: '李强',
      }),
      70,
    );
    const reopened = fx.derive(
      acceptedBy(offeredTo(reopen(resolvedAt, fx.actor('c-1', 'customer', 80), '又坏了'), 't-1', 80), 't-1', 81),
      81,
    );
    expect(reopened.escalated).toBe(false);
    const again = pass(pass(reopened, 129)!.ticket, 141)!;
    expect(again.ticket.escalated).toBe(true);
    const told = again.messages.filter((m) => m.to === 'c-1' && m.template === 'ticket.escalated');
    expect(told).toHaveLength(1);
    expect(told[0]!.dedupeKey).toBe('ticket.escalated:tk_1:1');
  });

  test('the expert plan’s warning and its breach reach the expert team, who owe it', () => {
    let t = acceptedBy(offeredTo(fx.reported('major'), 't-1'), 't-1', 1);
    t = pass(t, 49)!.ticket; // remote fix warned
    t = pass(t, 61)!.ticket; // remote fix breached (rung 1)
    const warn = pass(t, 96)!; // plan: 120 min, warned at 96
    const planWarnings = warn.messages.filter((m) => m.title === '时限预警：专家方案').map((m) => m.to);
    expect(planWarnings).toEqual(['t-1', 'd-1', 'e-1']);
    const breach = pass(warn.ticket, 120)!;
    const planCalls = breach.messages.filter((m) => m.data.milestone === 'plan').map((m) => m.to);
    expect(planCalls).toEqual(expect.arrayContaining(['e-1']));
    // other milestones' warnings stay with the assignee and the desk
    const remote = pass(acceptedBy(offeredTo(fx.reported('major'), 't-1'), 't-1', 1), 49)!;
    expect(remote.messages.filter((m) => m.title === '时限预警：远程解决').map((m) => m.to)).toEqual(['t-1', 'd-1']);
  });

  test('a second pass at the same instant finds nothing left to do', () => {
    const t = pass(offeredTo(fx.reported('common'), 't-1'), 30)!.ticket;
    expect(pass(t, 30)).toBeNull();
  });

  test('"我来处理": everyone the escalation called is told who took it, except the taker', () => {
    let t = pass(acceptedBy(offeredTo(fx.reported('common'), 't-1'), 't-1', 1), 49)!.ticket;
    t = pass(t, 61)!.ticket;
    const d = decideAcknowledge(t, fx.actor('d-1', 'dispatcher', 70), '吴静', 'remoteFix', fx.staff);
    expect(said(d.messages)).toEqual([
      't-1 sla.alert 升级已有人认领 → /technician/job/index?id=tk_1',
      't-lead sla.alert 升级已有人认领 → /technician/job/index?id=tk_1',
    ]);
    expect(d.messages[0]!.body).toBe('GD20261125-0001：「远程解决」升级已由 吴静 认领处理');
    // the ladder then stops climbing for that milestone
    expect(pass(fx.derive(d.ticket, 70), 300)?.messages ?? []).toEqual([]);
  });
});
