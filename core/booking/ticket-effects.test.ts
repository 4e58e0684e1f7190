import { computeClocks } from '../sla/clocks';
import * as fx from '../testing/tickets';
import { accept, applyRouting, openPause } from '../ticket/lifecycle';
import { canSeeTicket } from '../ticket/permissions';
import type { TicketDoc } from '../ticket/types';
import { videoHelpersOf } from '../ticket/video-sessions';
import { decideFinish, newBooking } from './moves';
import { ticketBooked, ticketCallStarted, ticketCancelled, ticketSessionEnded } from './ticket-effects';
import type { BookingDoc, Outcome } from './types';

const offered = (): TicketDoc =>
  applyRouting(
    fx.reported('common'),
    { candidates: [], chosen: 't-1', reasons: [], decidedAt: fx.T0.toISOString(), flagged: false, trigger: 'report' },
    fx.system(0),
  );
const accepted = () => accept(offered(), fx.actor('t-1', 'technician', 5));

/** A session on the ticket, booked at +10, both in the call at +20 (minutes from the report). */
function session(): BookingDoc {
  const b: BookingDoc = {
    ...newBooking(
      {
        id: 'bk_1',
        live: false,
        customerId: 'cust-1',
        customerUserId: 'c-1',
        expertId: 'e-1',
        start: fx.at(20),
        end: fx.at(50),
        cells: [fx.at(20).toISOString()],
        topic: '打印头不出墨',
        ticketId: 'tk_1',
        photos: [],
        clientRequestId: 'crid-0001',
      },
      fx.actor('c-1', 'customer', 10),
    ),
    version: 1,
  };
  return {
    ...b,
    status: 'live',
    call: {
      startedAt: fx.at(20).toISOString(),
      endedAt: null,
      participants: [
        {
          userId: 'c-1',
          seat: 'customer',
          firstJoinedAt: fx.at(19).toISOString(),
          lastJoinedAt: fx.at(19).toISOString(),
          joins: 1,
        },
        {
          userId: 'e-1',
          seat: 'expert',
          firstJoinedAt: fx.at(20).toISOString(),
          lastJoinedAt: fx.at(20).toISOString(),
          joins: 1,
        },
      ],
    },
  };
}

const expert = (minutes: number) => ({
  actor: fx.actor('e-1', 'expert', minutes),
  name: '周博',
  role: 'expert' as const,
});
const finished = (outcome: Outcome, minutes = 35) =>
  decideFinish(
    session(),
    fx.actor('e-1', 'expert', minutes),
    outcome,
    '远程指导结论',
    { id: 'c-1', role: 'customer' },
    null,
  ).booking;
const clocks = (t: TicketDoc, minutes: number) =>
  Object.fromEntries(
    computeClocks(t.slaPolicy, t.severity, t.events, fx.at(minutes), fx.oracle).clocks.map((c) => [c.name, c]),
  );
const said = (messages: { to: string; title: string }[]) => messages.map((m) => `${m.to} ${m.title}`);

/** The ticket with the session booked and started on it, as the actions write them. */
const withSession = (t: TicketDoc) => {
  const b = session();
  const booked = ticketBooked(t, b, fx.actor('c-1', 'customer', 10))!.ticket;
  return ticketCallStarted(booked, b, fx.at(20))!.ticket;
};

describe("a video session's outcome on the ticket's clocks", () => {
  test('fixed remotely meets the remote-fix milestone of the accepted ticket, by the expert; the handler is told', () => {
    const d = ticketSessionEnded(withSession(accepted()), finished('fixed-remotely'), expert(35), fx.staff)!;
    expect(clocks(d.ticket, 40).remoteFix).toMatchObject({
      state: 'met',
      metBy: 'e-1',
      metAt: fx.at(35).toISOString(),
    });
    expect(d.ticket).toMatchObject({ status: 'accepted', assigneeId: 't-1' });
    expect(said(d.messages)).toEqual(['t-1 远程视频已解决故障，请提交处理报告']);
    // written once: the same outcome again changes nothing
    expect(ticketSessionEnded(d.ticket, finished('fixed-remotely'), expert(36), fx.staff)).toBeNull();
  });

  test('fixed remotely on a ticket nobody accepted: the expert takes it (accepted at once), the remote fix is met', () => {
    const d = ticketSessionEnded(withSession(offered()), finished('fixed-remotely'), expert(35), fx.staff)!;
    expect(d.ticket).toMatchObject({ status: 'accepted', assigneeId: 'e-1' });
    const c = clocks(d.ticket, 40);
    expect(c.respond).toMatchObject({ state: 'met', metBy: 'e-1' });
    expect(c.remoteFix).toMatchObject({ state: 'met', metBy: 'e-1' });
    expect(said(d.messages)).toEqual(['c-1 专家已接手处理', 't-1 工单已由他人接手']);
  });

  test('needs on site starts the on-site clock (the remote fix stops) and switches a held ticket to on-site work', () => {
    const d = ticketSessionEnded(withSession(accepted()), finished('needs-onsite'), expert(35), fx.staff)!;
    const c = clocks(d.ticket, 40);
    expect(c.remoteFix!.state).toBe('stopped');
    expect(c.onsite).toMatchObject({ state: 'running', startedAt: fx.at(35).toISOString() });
    expect(d.ticket.mode).toBe('onsite');
    expect(said(d.messages)).toEqual(['t-1 专家视频诊断：需上门处理']);
  });

  test('needs parts pauses a held ticket for parts; one nobody holds only records it', () => {
    const held = ticketSessionEnded(withSession(accepted()), finished('needs-parts'), expert(35), fx.staff)!;
    expect(openPause(held.ticket)).toMatchObject({ kind: 'parts' });
    expect(clocks(held.ticket, 90).remoteFix!.state).toBe('paused');
    expect(held.messages[0]!.body).toContain('已暂停计时');
    const unheld = ticketSessionEnded(withSession(offered()), finished('needs-parts'), expert(35), fx.staff)!;
    expect(openPause(unheld.ticket)).toBeNull();
    expect(unheld.ticket.events.at(-1)).toMatchObject({ type: 'video-ended', data: { outcome: 'needs-parts' } });
  });

  test("the session's expert sees the ticket while the session stands; a cancelled one no longer counts", () => {
    const caller = { kind: 'user' as const, userId: 'e-1', role: 'expert' as const };
    const t = accepted();
    expect(canSeeTicket(caller, t)).toBe(false);
    const booked = ticketBooked(t, session(), fx.actor('c-1', 'customer', 10))!.ticket;
    expect(videoHelpersOf(booked)).toEqual(new Set(['e-1']));
    expect(canSeeTicket(caller, booked)).toBe(true);
    const cancelled = ticketCancelled(booked, session(), fx.actor('c-1', 'customer', 12))!.ticket;
    expect(canSeeTicket(caller, cancelled)).toBe(false);
    // a technician who does remote help, alike
    expect(canSeeTicket({ kind: 'user', userId: 'e-1', role: 'technician' }, booked)).toBe(true);
  });
});
