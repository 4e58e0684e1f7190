import type { UserCaller } from '../identity/caller';
import {
  bookingActions,
  decideCancel,
  decideCapture,
  decideFinish,
  decideJoin,
  decideReschedule,
  decideSweep,
  joinRefusal,
  newBooking,
  standingOn,
  type BookingPeople,
} from './moves';
import type { BookingDoc } from './types';

// 2026-12-07 10:00 in Shanghai
const START = new Date('2026-12-07T02:00:00.000Z');
const min = (m: number) => new Date(START.getTime() + m * 60_000);
const actor = (by: string, byRole: string, at: Date) => ({ by, byRole, at });

const booking = (over: Partial<BookingDoc> = {}): BookingDoc => ({
  ...newBooking(
    {
      id: 'bk_1',
      live: false,
      customerId: 'cust-1',
      customerUserId: 'c-1',
      expertId: 'e-1',
      start: START,
      end: min(30),
      cells: [START.toISOString()],
      topic: '打印机报错 E-31',
      ticketId: 'tk_1',
      photos: [],
      clientRequestId: 'crid-0001',
    },
    actor('c-1', 'customer', min(-24 * 60)),
  ),
  version: 1,
  ...over,
});

const people: BookingPeople = {
  customerName: '申程科技',
  customerUser: { id: 'c-1', role: 'customer', name: '陈立' },
  expert: { id: 'e-1', role: 'expert', name: '周博' },
  actorName: '陈立',
};
const customer: UserCaller = { kind: 'user', userId: 'c-1', role: 'customer', customerId: 'cust-1' };
const said = (messages: { to: string; title: string }[]) => messages.map((m) => `${m.to} ${m.title}`);

describe('a booking: who may do what, and until when', () => {
  test('standing: the organisation’s customers, the expert, the desk; nobody else knows of it', () => {
    const b = booking();
    expect(standingOn(b, customer)).toBe('customer');
    expect(standingOn(b, { ...customer, userId: 'c-9' })).toBe('customer');
    expect(standingOn(b, { ...customer, customerId: 'cust-2' })).toBeNull();
    expect(standingOn(b, { kind: 'user', userId: 'e-1', role: 'expert' })).toBe('expert');
    expect(standingOn(b, { kind: 'user', userId: 'e-2', role: 'expert' })).toBeNull();
    expect(standingOn(b, { kind: 'user', userId: 'd-1', role: 'dispatcher' })).toBe('desk');
  });

  test('the call opens 10 minutes before the start and closes 2 hours after it', () => {
    const b = booking();
    expect(joinRefusal(b, min(-11))).toBe('视频通话将于 12-07 09:50 开放加入（开始前 10 分钟）');
    expect(joinRefusal(b, min(-10))).toBeNull();
    expect(joinRefusal(b, min(119))).toBeNull();
    expect(joinRefusal(b, min(120))).toBe('已超过加入时间（开始后 2 小时），如仍需帮助请重新预约');
    expect(joinRefusal({ ...b, status: 'cancelled' }, min(0))).toBe('视频指导已取消');
    // a call at once opens at its start
    expect(joinRefusal({ ...b, live: true }, min(-1))).toMatch(/开放加入/);
    expect(joinRefusal({ ...b, live: true }, min(0))).toBeNull();
  });

  test('a customer cannot cancel within 30 minutes of the start (and is told whom to ask); the expert can', () => {
    const b = booking();
    expect(() => decideCancel(b, actor('c-1', 'customer', min(-29)), 'customer', undefined, people)).toThrow(
      '距开始不足 30 分钟，不能取消；如需取消，请联系指导专家或拨打服务热线',
    );
    const early = decideCancel(b, actor('c-1', 'customer', min(-31)), 'customer', '已恢复', people);
    expect(early.booking).toMatchObject({
      status: 'cancelled',
      dueAt: null,
      cancellation: { by: 'c-1', reason: '已恢复' },
    });
    expect(said(early.messages)).toEqual(['e-1 视频指导已取消']);
    const byExpert = decideCancel(b, actor('e-1', 'expert', min(-5)), 'expert', undefined, {
      ...people,
      actorName: '周博',
    });
    expect(said(byExpert.messages)).toEqual(['c-1 视频指导已取消']);
    const byDesk = decideCancel(b, actor('d-1', 'dispatcher', min(-5)), 'desk', undefined, people);
    expect(said(byDesk.messages)).toEqual(['c-1 视频指导已取消', 'e-1 视频指导已取消']);
    expect(() => decideCancel(early.booking, actor('e-1', 'expert', min(-5)), 'expert', undefined, people)).toThrow(
      '已取消',
    );
    expect(bookingActions(b, 'customer', min(-29))).toEqual([]);
    expect(bookingActions(b, 'customer', min(-60))).toEqual(['cancel', 'reschedule']);
    expect(bookingActions(b, 'expert', min(-5))).toEqual(['cancel', 'reschedule', 'join', 'finish', 'capture']);
    expect(bookingActions(b, 'desk', min(-5))).toEqual(['cancel', 'reschedule']);
  });

  test('moving: reminded again before the new start; a new expert is told, the old one released', () => {
    const b = { ...booking(), remindedAt: min(-15).toISOString() };
    const slot = {
      start: min(60),
      end: min(90),
      cells: [min(60).toISOString()],
      expert: { id: 'e-2', role: 'expert' as const, name: '王芳' },
    };
    const moved = decideReschedule(b, actor('c-1', 'customer', min(-120)), 'customer', slot, people);
    expect(moved.booking).toMatchObject({
      start: min(60).toISOString(),
      expertId: 'e-2',
      remindedAt: null,
      dueAt: min(45).toISOString(),
    });
    expect(said(moved.messages)).toEqual(['e-2 新的视频指导预约', 'e-1 视频指导已改由其他专家接待']);
    const same = decideReschedule(
      b,
      actor('d-1', 'dispatcher', min(-120)),
      'desk',
      { ...slot, expert: { ...people.expert } },
      people,
    );
    expect(said(same.messages)).toEqual(['e-1 视频指导已改期', 'c-1 视频指导已改期']);
    expect(() => decideReschedule(b, actor('c-1', 'customer', min(-20)), 'customer', slot, people)).toThrow('不能改期');
    expect(() =>
      decideReschedule({ ...b, live: true }, actor('e-1', 'expert', min(0)), 'expert', slot, people),
    ).toThrow('立即视频指导不能改期');
    expect(() =>
      decideReschedule(b, actor('e-1', 'expert', min(-60)), 'expert', { ...slot, start: START }, people),
    ).toThrow('新时段与原时段相同');
  });
});

describe('the call, its outcome and the timer', () => {
  test('the call starts when both sides have joined; a rejoin is counted, not told twice', () => {
    const one = decideJoin(booking(), 'customer', actor('c-1', 'customer', min(-8)));
    expect(one).toMatchObject({ started: false, booking: { status: 'booked', call: { startedAt: null } } });
    const both = decideJoin(one.booking, 'expert', actor('e-1', 'expert', min(-2)));
    expect(both.started).toBe(true);
    expect(both.booking).toMatchObject({ status: 'live', call: { startedAt: min(-2).toISOString() } });
    const again = decideJoin(both.booking, 'customer', actor('c-1', 'customer', min(3)));
    expect(again.started).toBe(false);
    expect(again.booking.call.participants.find((p) => p.userId === 'c-1')).toMatchObject({ joins: 2 });
    expect(again.booking.events.filter((e) => e.type === 'joined')).toHaveLength(2);
    expect(() => decideJoin(booking(), 'customer', actor('c-1', 'customer', min(-30)))).toThrow('开放加入');
  });

  test('finishing records the outcome once; not before the call opens', () => {
    const live = decideJoin(
      decideJoin(booking(), 'customer', actor('c-1', 'customer', min(0))).booking,
      'expert',
      actor('e-1', 'expert', min(1)),
    ).booking;
    expect(() =>
      decideFinish(booking(), actor('e-1', 'expert', min(-11)), 'fixed-remotely', '好了', people.customerUser, null),
    ).toThrow('视频指导开始后才能填写结果');
    const done = decideFinish(
      live,
      actor('e-1', 'expert', min(20)),
      'needs-onsite',
      '需现场更换主板',
      people.customerUser,
      null,
    );
    expect(done.booking).toMatchObject({
      status: 'finished',
      dueAt: null,
      outcome: { kind: 'needs-onsite', notes: '需现场更换主板', by: 'e-1' },
      call: { endedAt: min(20).toISOString() },
    });
    expect(said(done.messages)).toEqual(['c-1 视频指导已结束']);
    expect(() =>
      decideFinish(done.booking, actor('e-1', 'expert', min(21)), 'fixed-remotely', '再来', people.customerUser, null),
    ).toThrow('该视频指导已结束，结果已记录');
  });

  test('reminders go to both sides once, 15 minutes before; a call nobody joined is missed when it closes', () => {
    const b = booking();
    expect(b.dueAt).toBe(min(-15).toISOString());
    const reminded = decideSweep(b, min(-15), people)!;
    expect(reminded.kind).toBe('reminded');
    expect(said(reminded.messages)).toEqual(['c-1 视频指导 15 分钟后开始', 'e-1 视频指导 15 分钟后开始']);
    expect(reminded.messages.map((m) => m.dedupeKey)).toEqual([
      `booking-reminder:bk_1:${START.toISOString()}:c-1`,
      `booking-reminder:bk_1:${START.toISOString()}:e-1`,
    ]);
    expect(reminded.booking.dueAt).toBe(min(120).toISOString());
    // run again before the call closes: nothing to do
    expect(decideSweep(reminded.booking, min(-14), people)).toBeNull();
    const missed = decideSweep(reminded.booking, min(120), people)!;
    expect(missed.kind).toBe('missed');
    expect(missed.booking).toMatchObject({ status: 'missed', dueAt: null });
    expect(said(missed.messages)).toEqual(['c-1 视频指导已过期', 'e-1 视频指导已过期']);
    // a call that happened but was never finished: the expert is asked for the outcome, once
    const started = {
      ...reminded.booking,
      status: 'live' as const,
      call: { ...reminded.booking.call, startedAt: min(1).toISOString() },
    };
    const due = decideSweep(started, min(121), people)!;
    expect(due.kind).toBe('outcome-due');
    expect(said(due.messages)).toEqual(['e-1 请填写视频指导结果']);
    expect(decideSweep(due.booking, min(200), people)).toBeNull();
  });

  test('a still photo needs a ticket and an open call; the same photo twice is kept once', () => {
    const b = booking();
    const first = decideCapture(b, actor('e-1', 'expert', min(5)), 'f_1')!;
    expect(first.captures.map((c) => c.fileId)).toEqual(['f_1']);
    expect(decideCapture(first, actor('e-1', 'expert', min(6)), 'f_1')).toBeNull();
    expect(() => decideCapture({ ...b, ticketId: null }, actor('e-1', 'expert', min(5)), 'f_2')).toThrow('未关联工单');
    expect(() => decideCapture(b, actor('e-1', 'expert', min(-30)), 'f_2')).toThrow('通话期间才能拍照');
  });
});
