// Every message AfterCare sends: its recipient, template, title, text, deep link and dedupe key, written once each.
// Decisions in core return these; the service layer sends them after saving (a dedupe key makes a resend a no-op).
import { OUTCOME_LABELS, type BookingDoc, type Outcome } from '../booking/types';
import type { Role } from '../model';
import { LEVEL_LABELS, type Level } from '../sla/ladder';
import { MILESTONE_LABELS, type MilestoneName } from '../sla/policy';
import { toWire } from '../time';
import type { TicketDoc, TicketEvent } from '../ticket/types';
import { assignLink, bookingLink, ticketLink } from './links';
import type { TemplateKey } from './templates';

export interface Message {
  /** user id of the recipient */
  to: string;
  template: TemplateKey;
  title: string;
  body: string;
  /** the screen the message opens ("/pages/ticket/index?id=…") */
  link?: string;
  data: Record<string, string | number | boolean | null>;
  /** messages with the same key are stored and sent once (a retried action, a timer that runs twice) */
  dedupeKey: string;
}

/** Someone a message goes to: the role says which screen it opens. */
export interface Recipient {
  id: string;
  role: Role;
}

type TicketRef = Pick<TicketDoc, 'id' | 'no' | 'deviceName' | 'description' | 'severity' | 'reporterId' | 'events'> &
  Partial<Pick<TicketDoc, 'customerRecipientId'>>;

const about = (t: TicketRef) => ({ ticketId: t.id, no: t.no });
const summaryOf = (t: TicketRef) => `${t.no} ${t.deviceName}：${t.description.slice(0, 40)}`;
/** A key unique to this ticket's state: the event count moves with every change. */
const at = (t: TicketRef) => `${t.id}:${t.events.length}`;

/**
 * Who hears the customer's side of a ticket: its reporter, or — a ticket the desk took on the hotline — the
 * organisation's primary contact, when bound to a user (customerRecipientId); nobody when none is.
 */
export function customerRecipientOf(
  t: Pick<TicketDoc, 'reporterId'> & Partial<Pick<TicketDoc, 'customerRecipientId'>>,
) {
  return t.customerRecipientId === undefined ? t.reporterId : t.customerRecipientId;
}

/** A message to the customer's side: one, or none when the ticket has nobody there to tell. */
function toCustomer(t: TicketRef, template: TemplateKey, title: string, body: string): Message[] {
  const to = customerRecipientOf(t);
  if (!to) return [];
  return [
    {
      to,
      template,
      title,
      body,
      link: ticketLink('customer', t.id),
      data: about(t),
      dedupeKey: `${template}:${at(t)}`,
    },
  ];
}

// ---------------------------------------------------------------- routing

/** The technician (or expert) a ticket is offered to now. */
export function offered(t: TicketRef, to: Recipient): Message {
  return {
    to: to.id,
    template: 'ticket.offered',
    title: t.severity === 'major' ? '新派单（重大故障）' : '新派单',
    body: summaryOf(t),
    link: ticketLink(to.role, t.id),
    data: about(t),
    dedupeKey: `offer:${t.id}:${to.id}:${t.events.length}`,
  };
}

/** Nobody can be offered the ticket: each dispatcher and admin is asked to assign it. */
export function queued(t: TicketRef, desk: readonly Recipient[]): Message[] {
  return desk.map((d) => ({
    to: d.id,
    template: 'ticket.queued',
    title: '待人工派单',
    body: `${t.no} ${t.deviceName}：暂无可派工程师`,
    link: assignLink(t.id),
    data: about(t),
    dedupeKey: `queued:${t.id}:${d.id}:${t.events.length}`,
  }));
}

/** A major fault: the expert team owes it a solution plan. */
export function majorFault(t: TicketRef, experts: readonly Recipient[]): Message[] {
  return experts.map((e) => ({
    to: e.id,
    template: 'ticket.major',
    title: '重大故障',
    body: summaryOf(t),
    link: ticketLink(e.role, t.id),
    data: about(t),
    dedupeKey: `major:${t.id}:${e.id}`,
  }));
}

/** The previous assignee, when the desk gives the ticket to someone else. */
export function reassigned(t: TicketRef, previous: string, toName: string): Message {
  return {
    to: previous,
    template: 'ticket.reassigned',
    title: '工单已改派',
    body: `${t.no} 已由调度改派给 ${toName}`,
    data: about(t),
    dedupeKey: `reassigned:${at(t)}`,
  };
}

/** The one the ticket was offered to or held by, when someone else steps in and takes it (tickets.take). */
export function takenFrom(t: TicketRef, previous: string, byName: string): Message {
  return {
    to: previous,
    template: 'ticket.reassigned',
    title: '工单已由他人接手',
    body: `${t.no} 已由 ${byName} 接手处理，无需您再处理`,
    data: about(t),
    dedupeKey: `taken:${at(t)}`,
  };
}

// ---------------------------------------------------------------- the customer's side of the journey

export const accepted = (t: TicketRef, assigneeName: string | null) =>
  toCustomer(t, 'ticket.accepted', '工程师已接单', `${t.no}：${assigneeName ?? '工程师'} 已接单，将尽快与您联系`);

/** Someone stepped in and took the ticket (tickets.take): the customer learns who is now on it, as on an acceptance. */
export function taken(t: TicketRef, by: { name: string; role: Role; phone?: string | undefined }): Message[] {
  const expert = by.role === 'expert';
  return toCustomer(
    t,
    'ticket.accepted',
    expert ? '专家已接手处理' : '工程师已接单',
    `${t.no}：${expert ? '专家' : '工程师'} ${by.name} 已接手您的工单，将尽快与您联系`,
  ).map((m) => ({ ...m, data: { ...m.data, technicianName: by.name, technicianPhone: by.phone ?? null } }));
}

/** What the customer is told of each first escalation rung: who now handles it, never whose fault it was. */
const CUSTOMER_RUNG: Record<Level, string> = { 1: '服务站负责人', 2: '专家团队', 3: '专项服务小组' };

/**
 * The customer's ticket escalated (once per round, at its first escalation): what happens next, in plain words —
 * no missed deadline, no name. Also a WeChat subscription message when they granted one.
 */
export function escalatedForCustomer(t: TicketRef, e: TicketEvent): Message[] {
  const rung = CUSTOMER_RUNG[Number(e.data?.level) as Level] ?? CUSTOMER_RUNG[2];
  return toCustomer(
    t,
    'ticket.escalated',
    '工单已升级处理',
    `${t.no}：您的工单已升级至${rung}处理，我们将尽快与您联系`,
  ).map((m) => ({
    ...m,
    data: { ...m.data, progress: `已升级至${rung}处理` },
    dedupeKey: `ticket.escalated:${t.id}:${String(e.data?.round ?? 0)}`,
  }));
}

export const onTheWay = (t: TicketRef) =>
  toCustomer(t, 'ticket.onsite', '工程师将上门处理', `${t.no}：工程师正在前往现场`);

export const arrived = (t: TicketRef) =>
  toCustomer(t, 'ticket.arrived', '工程师已到达现场', `${t.no}：工程师已到达现场`);

export const resolved = (t: TicketRef) =>
  toCustomer(t, 'ticket.resolved', '故障已处理，请确认并评价', `${t.no}：处理报告已生成，请确认修复结果并评价本次服务`);

export const waitingForCustomer = (t: TicketRef, reason: string) =>
  toCustomer(t, 'ticket.paused', '等待您的回复', `${t.no}：${reason}（回复后继续计时）`);

export const planForCustomer = (t: TicketRef) =>
  toCustomer(t, 'ticket.major', '专家已给出解决方案', `${t.no}：专家团队已制定解决方案`);

// ---------------------------------------------------------------- the assignee's side

export function planForAssignee(t: TicketRef, to: Recipient, plan: string): Message {
  return {
    to: to.id,
    template: 'ticket.major',
    title: '专家方案已提交',
    body: `${t.no}：${plan.slice(0, 40)}`,
    link: ticketLink(to.role, t.id),
    data: about(t),
    dedupeKey: `plan:${at(t)}`,
  };
}

export function resumed(t: TicketRef, to: Recipient, note: string | undefined): Message {
  return {
    to: to.id,
    template: 'ticket.paused',
    title: '计时已恢复',
    body: `${t.no}：${note ? `客户答复：${note}` : '已恢复计时'}`,
    link: ticketLink(to.role, t.id),
    data: about(t),
    dedupeKey: `resumed:${at(t)}`,
  };
}

export function cancelled(t: TicketRef, previous: string, reason: string | undefined): Message {
  return {
    to: previous,
    template: 'ticket.cancelled',
    title: '工单已取消',
    body: `${t.no} 已被取消${reason ? `：${reason}` : ''}`,
    data: about(t),
    dedupeKey: `cancelled:${t.id}`,
  };
}

export function surveyReceived(t: TicketRef, to: Recipient, surveyId: string, overall: number | null): Message {
  return {
    to: to.id,
    template: 'survey.received',
    title: '收到服务评价',
    body: `${t.no}：综合 ${overall ?? '-'} 分`,
    link: ticketLink(to.role, t.id),
    data: about(t),
    dedupeKey: `survey:${surveyId}`,
  };
}

// ---------------------------------------------------------------- SLA: warnings, escalations, offers withdrawn

const dueTime = (e: TicketEvent) => (typeof e.data?.dueAt === 'string' ? toWire(e.data.dueAt).slice(11, 16) : '');
const milestoneOf = (e: TicketEvent) => e.data?.milestone as MilestoneName | undefined;

function slaAlert(t: TicketRef, e: TicketEvent, to: Recipient, title: string, body: string): Message {
  const milestone = milestoneOf(e);
  return {
    to: to.id,
    template: 'sla.alert',
    title,
    body,
    link: ticketLink(to.role, t.id),
    data: { ...about(t), milestone: milestone ?? null, level: Number(e.data?.level ?? 0) },
    dedupeKey: `sla:${t.id}:${e.type}:${String(e.data?.round)}:${milestone}:${String(e.data?.level ?? '')}:${to.id}`,
  };
}

/** 80 % of a promised time has gone. */
export function slaWarned(t: TicketRef, e: TicketEvent, to: Recipient): Message {
  const label = MILESTONE_LABELS[milestoneOf(e)!];
  return slaAlert(
    t,
    e,
    to,
    `时限预警：${label}`,
    `${t.no} ${t.deviceName}：「${label}」将于 ${dueTime(e)} 到期，请尽快处理`,
  );
}

/** A promised time ran out (or an escalation nobody took climbed a rung): the rung's people are called to act. */
export function escalated(t: TicketRef, e: TicketEvent, to: Recipient): Message {
  const label = MILESTONE_LABELS[milestoneOf(e)!];
  const rung = LEVEL_LABELS[Number(e.data?.level) as Level] ?? '';
  const title = `${e.data?.climbed ? '升级未认领，继续上升' : '时限超时升级'}：${rung}`;
  return slaAlert(
    t,
    e,
    to,
    title,
    `${t.no} ${t.deviceName}：「${label}」已超时，已升级至${rung}，请点击「我来处理」认领`,
  );
}

/** The technician whose offer was withdrawn because nobody accepted it in time. */
export function offerWithdrawn(t: TicketRef, e: TicketEvent): Message {
  return {
    to: String(e.data?.technicianId ?? ''),
    template: 'ticket.reassigned',
    title: '派单已超时收回',
    body: `${t.no} 未在时限内接单，已改派`,
    data: about(t),
    dedupeKey: `offer-timeout:${t.id}:${e.seq}`,
  };
}

/** Everyone an escalation called, once someone has taken it ("我来处理", or taking the ticket itself). */
export function escalationTaken(
  t: TicketRef,
  milestones: readonly MilestoneName[],
  byName: string,
  to: Recipient,
): Message {
  return {
    to: to.id,
    template: 'sla.alert',
    title: '升级已有人认领',
    body: `${t.no}：「${milestones.map((m) => MILESTONE_LABELS[m]).join('、')}」升级已由 ${byName} 认领处理`,
    link: ticketLink(to.role, t.id),
    data: { ...about(t), milestone: milestones[0] ?? null },
    dedupeKey: `ack:${at(t)}:${to.id}`,
  };
}

// ---------------------------------------------------------------- remote video help (远程视频指导)

type BookingRef = Pick<BookingDoc, 'id' | 'start' | 'topic' | 'ticketId' | 'live'>;

/** "12-07 09:00", business time */
const when = (at: string) => toWire(at).slice(5, 16).replace('T', ' ');
const aboutBooking = (b: BookingRef) => ({ bookingId: b.id, ticketId: b.ticketId, start: b.start, topic: b.topic });

function toSide(
  b: BookingRef,
  to: Recipient,
  template: TemplateKey,
  title: string,
  body: string,
  key: string,
): Message {
  const link = bookingLink(to.role, b);
  return {
    to: to.id,
    template,
    title,
    body,
    ...(link ? { link } : {}),
    data: aboutBooking(b),
    dedupeKey: key,
  };
}

/** The expert a slot was booked with (or moved to). */
export const bookingBooked = (b: BookingRef, expert: Recipient, customerName: string) =>
  toSide(
    b,
    expert,
    'booking.booked',
    '新的视频指导预约',
    `${when(b.start)} ${customerName}：${b.topic}`,
    `booking-booked:${b.id}:${b.start}:${expert.id}`,
  );

/** A major fault's call at once: the expert on duty is called now (a WeChat message too, when granted). */
export function bookingLiveCall(b: BookingRef, expert: Recipient, customerName: string, ticketNo: string): Message {
  const message = toSide(
    b,
    expert,
    'booking.reminder',
    '重大故障：客户正在等待视频指导',
    `${customerName} ${ticketNo}：请立即加入视频`,
    `booking-live:${b.id}`,
  );
  return { ...message, data: { ...message.data, counterpart: customerName, tip: '客户正在等待，请立即加入视频' } };
}

/** Both sides, 15 minutes before the start (once per start: a moved booking is reminded again). */
export function bookingReminder(b: BookingRef, to: Recipient, counterpart: string): Message {
  const message = toSide(
    b,
    to,
    'booking.reminder',
    '视频指导 15 分钟后开始',
    `${when(b.start)} 与 ${counterpart}：${b.topic}`,
    `booking-reminder:${b.id}:${b.start}:${to.id}`,
  );
  return { ...message, data: { ...message.data, counterpart, tip: '请提前打开小程序，准时加入视频' } };
}

export const bookingCancelled = (b: BookingRef, to: Recipient, byName: string, reason: string | undefined) =>
  toSide(
    b,
    to,
    'booking.changed',
    '视频指导已取消',
    `${when(b.start)} 的视频指导已由 ${byName} 取消${reason ? `：${reason}` : ''}`,
    `booking-cancelled:${b.id}:${to.id}`,
  );

export const bookingMoved = (b: BookingRef, to: Recipient, previousStart: string, byName: string) =>
  toSide(
    b,
    to,
    'booking.changed',
    '视频指导已改期',
    `${byName} 将 ${when(previousStart)} 的视频指导改到 ${when(b.start)}：${b.topic}`,
    `booking-moved:${b.id}:${b.start}:${to.id}`,
  );

/** The expert a moved booking no longer needs. */
export const bookingHandedOver = (b: BookingRef, to: Recipient, previousStart: string) =>
  toSide(
    b,
    to,
    'booking.changed',
    '视频指导已改由其他专家接待',
    `${when(previousStart)} 的视频指导已改期并由其他专家接待，无需您再处理`,
    `booking-handed-over:${b.id}:${b.start}:${to.id}`,
  );

/** Nobody joined before the call closed. */
export const bookingMissed = (b: BookingRef, to: Recipient) =>
  toSide(
    b,
    to,
    'booking.changed',
    '视频指导已过期',
    `${when(b.start)} 的视频指导双方未能接通，已过期；如仍需帮助请重新预约`,
    `booking-missed:${b.id}:${to.id}`,
  );

/** The call happened but its outcome was never recorded when the call closed. */
export const bookingOutcomeDue = (b: BookingRef, expert: Recipient) =>
  toSide(
    b,
    expert,
    'booking.changed',
    '请填写视频指导结果',
    `${when(b.start)} 的视频指导已结束，请填写指导结论（远程解决 / 需上门 / 需配件）`,
    `booking-outcome-due:${b.id}`,
  );

/** The customer who booked: what came of the session. */
export const bookingFinished = (b: BookingRef, to: Recipient, outcome: Outcome) =>
  toSide(
    b,
    to,
    'booking.finished',
    '视频指导已结束',
    `${when(b.start)} 的视频指导：${OUTCOME_LABELS[outcome]}`,
    `booking-finished:${b.id}`,
  );

const SESSION_TITLES: Record<Outcome, string> = {
  'fixed-remotely': '远程视频已解决故障，请提交处理报告',
  'needs-onsite': '专家视频诊断：需上门处理',
  'needs-parts': '专家视频诊断：需更换配件',
};

/** The ticket's handler, when an expert's video session on it ends. */
export function sessionOutcomeForHandler(
  t: TicketRef,
  to: Recipient,
  bookingId: string,
  outcome: Outcome,
  expertName: string,
  notes: string,
  pausedForParts: boolean,
): Message {
  const paused = pausedForParts ? '（已暂停计时：等待配件，到货后请恢复计时）' : '';
  return {
    to: to.id,
    template: 'booking.finished',
    title: SESSION_TITLES[outcome],
    body: `${t.no}：${expertName}：${notes.slice(0, 60)}${paused}`,
    link: ticketLink(to.role, t.id),
    data: { ...about(t), bookingId },
    dedupeKey: `video-outcome:${t.id}:${bookingId}:${to.id}`,
  };
}
