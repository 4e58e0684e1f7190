import * as fx from '../testing/tickets';
import { applyRouting } from './lifecycle';
import { decideAccept, decideArrive, decideCancel, decidePause, decidePlan, decideResume } from './moves';
import { decideAssign, decideReject, decideReport, reportMessages } from './routing-moves';
import type { TicketDoc } from './types';

const said = (messages: { to: string; template: string; title: string; link?: string }[]) =>
  messages.map((m) => `${m.to} ${m.template} ${m.title}${m.link ? ` → ${m.link}` : ''}`);

const report = (severity: 'common' | 'major', technicians = fx.technicians) =>
  decideReport(
    {
      ...fx.reported(severity),
      device: { serial: 'SN-1', name: '工业打印机', productLine: 'printer', customerId: 'cust-1' },
    } as never,
    fx.actor('c-1', 'customer'),
    { ...fx.routing(), technicians },
    fx.staff,
  );

const offeredTo = (who: string): TicketDoc =>
  applyRouting(
    fx.reported('common'),
    { candidates: [], chosen: who, reasons: [], decidedAt: fx.T0.toISOString(), flagged: false, trigger: 'report' },
    fx.system(0),
  );

describe('the messages a ticket move causes', () => {
  test('a report is offered to the best technician; a major fault also calls the expert team', () => {
    const common = report('common');
    expect(common.ticket.assigneeId).toBe('t-1');
    expect(said(common.messages)).toEqual(['t-1 ticket.offered 新派单 → /technician/job/index?id=tk_1']);
    const major = report('major');
    expect(said(major.messages)).toEqual([
      't-1 ticket.offered 新派单（重大故障） → /technician/job/index?id=tk_1',
      'e-1 ticket.major 重大故障 → /technician/job/index?id=tk_1',
    ]);
    // a replay of the report says the same again (its dedupe keys make the resend a no-op)
    expect(reportMessages(major.ticket, fx.staff).map((m) => m.dedupeKey)).toEqual(
      major.messages.map((m) => m.dedupeKey),
    );
  });

  test('a report nobody can take waits for the desk: every dispatcher and admin is asked', () => {
    const d = report('common', []);
    expect(d.ticket.routing.flagged).toBe(true);
    expect(said(d.messages)).toEqual([
      'd-1 ticket.queued 待人工派单 → /desk/assign/index?id=tk_1',
      'a-1 ticket.queued 待人工派单 → /desk/assign/index?id=tk_1',
    ]);
  });

  test('accepting tells the customer who is coming', () => {
    const d = decideAccept(offeredTo('t-1'), fx.actor('t-1', 'technician', 5), '李强');
    expect(said(d.messages)).toEqual(['c-1 ticket.accepted 工程师已接单 → /pages/ticket/index?id=tk_1']);
    expect(d.messages[0]!.body).toBe('GD20261125-0001：李强 已接单，将尽快与您联系');
  });

  test('a rejection offers the ticket to the next technician, never back to the one who rejected', () => {
    const d = decideReject(offeredTo('t-1'), fx.actor('t-1', 'technician', 5), '在另一现场', fx.routing(), fx.staff);
    expect(d.ticket.assigneeId).toBe('t-2');
    expect(said(d.messages)).toEqual(['t-2 ticket.offered 新派单 → /technician/job/index?id=tk_1']);
    const again = decideReject(d.ticket, fx.actor('t-2', 'technician', 6), '不在班', fx.routing(), fx.staff);
    expect(again.ticket.assigneeId).toBeNull();
    expect(said(again.messages).map((m) => m.split(' ')[0])).toEqual(['d-1', 'a-1']);
  });

  test('the desk moving a ticket tells the new assignee and the one it was taken from', () => {
    const d = decideAssign(
      offeredTo('t-1'),
      fx.actor('d-1', 'dispatcher', 5),
      { id: 't-3', name: '刘洋', role: 'technician' },
      fx.routing(),
      fx.staff,
    );
    expect(said(d.messages)).toEqual([
      't-3 ticket.offered 新派单 → /technician/job/index?id=tk_1',
      't-1 ticket.reassigned 工单已改派',
    ]);
    expect(d.ticket.routing.reasons[0]).toContain('自动派单不会选择：区域不符');
  });

  test('check-in, a pause for the customer, their answer, a cancellation and the expert plan each tell the right person', () => {
    const accepted = decideAccept(offeredTo('t-1'), fx.actor('t-1', 'technician', 5), '李强').ticket;
    expect(said(decideArrive(accepted, fx.actor('t-1', 'technician', 30)).messages)).toEqual([
      'c-1 ticket.arrived 工程师已到达现场 → /pages/ticket/index?id=tk_1',
    ]);
    const paused = decidePause(accepted, fx.actor('t-1', 'technician', 10), 'customer', '请开通远程权限');
    expect(said(paused.messages)).toEqual(['c-1 ticket.paused 等待您的回复 → /pages/ticket/index?id=tk_1']);
    expect(decidePause(accepted, fx.actor('t-1', 'technician', 10), 'parts', '等配件').messages).toEqual([]);
    const answered = decideResume(paused.ticket, fx.actor('c-1', 'customer', 20), '已开通', fx.staff);
    expect(said(answered.messages)).toEqual(['t-1 ticket.paused 计时已恢复 → /technician/job/index?id=tk_1']);
    expect(decideResume(paused.ticket, fx.actor('t-1', 'technician', 20), undefined, fx.staff).messages).toEqual([]);
    expect(said(decideCancel(offeredTo('t-1'), fx.actor('c-1', 'customer', 2), '已恢复').messages)).toEqual([
      't-1 ticket.cancelled 工单已取消',
    ]);
    const plan = decidePlan(accepted, { ...fx.actor('e-1', 'expert', 40), name: '周博' }, '切换备用机', fx.staff);
    expect(said(plan.messages)).toEqual([
      't-1 ticket.major 专家方案已提交 → /technician/job/index?id=tk_1',
      'c-1 ticket.major 专家已给出解决方案 → /pages/ticket/index?id=tk_1',
    ]);
  });
});
