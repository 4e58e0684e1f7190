// Who may see a ticket and what each caller may do with it now (the server enforces; the UI shows the same list).
import { AppError } from '../errors';
import type { UserCaller } from '../identity/caller';
import { calledToHelp, openPause, roundEvents, unacknowledgedEscalations } from './lifecycle';
import { OPEN_STATUSES } from './transitions';
import type { TicketDoc } from './types';
import { videoHelpersOf } from './video-sessions';

/** What a caller's rights on a ticket depend on beyond the ticket and their role: the stations they lead. */
export interface Standing {
  /** the regions whose service station the caller leads (StationDoc.leadId) */
  leadRegions: readonly string[];
}

export const NO_STANDING: Standing = { leadRegions: [] };

type Visible = Pick<TicketDoc, 'customerId' | 'assigneeId' | 'severity' | 'status' | 'region' | 'events'> & {
  sla?: Pick<TicketDoc['sla'], 'escalationLevel'>;
};

/**
 * Open and in want of someone to step in this round: it waits (or waited) in the desk's queue, or it escalated. Once
 * it did, the lead follows it until it is done; a routine offer to a colleague stays that colleague's.
 */
function neededHelp(t: Pick<TicketDoc, 'status' | 'events'>): boolean {
  if (!OPEN_STATUSES.includes(t.status)) return false;
  if (t.status === 'reported' || t.status === 'reopened') return true;
  const round = roundEvents(t);
  return round.some((e) => e.type === 'queued' || e.type === 'escalated');
}

/** The lead of the station covering the ticket's region, once it needed someone to step in. */
function leadsFor(caller: UserCaller, t: Pick<TicketDoc, 'status' | 'events' | 'region'>, standing: Standing): boolean {
  return caller.role === 'technician' && standing.leadRegions.includes(t.region) && neededHelp(t);
}

/** Still open and calling on this field engineer: an escalation of this round called them to help, or they lead its region. */
function calledOn(caller: UserCaller, t: Visible, standing: Standing): boolean {
  if (!OPEN_STATUSES.includes(t.status)) return false;
  return calledToHelp(t).has(caller.userId) || leadsFor(caller, t, standing);
}

export function canSeeTicket(caller: UserCaller, t: Visible, standing: Standing = NO_STANDING): boolean {
  switch (caller.role) {
    case 'customer':
      return caller.customerId === t.customerId;
    case 'dispatcher':
    case 'admin':
      return true;
    case 'expert':
      // The expert team is told of every major fault and owes it a solution plan; escalations reach it too; and an
      // expert sees the tickets of their video sessions.
      return (
        t.severity === 'major' ||
        t.assigneeId === caller.userId ||
        (t.sla?.escalationLevel ?? 0) >= 2 ||
        calledOn(caller, t, standing) ||
        videoHelpersOf(t).has(caller.userId)
      );
    default:
      // A technician sees what is offered or assigned to them now (one who rejected or was replaced loses access),
      // and, while it is open, what an escalation called them to help with and, once it needed help, what is in the
      // region their station covers; a technician who does remote help, the tickets of their video sessions.
      return t.assigneeId === caller.userId || calledOn(caller, t, standing) || videoHelpersOf(t).has(caller.userId);
  }
}

/** Loads are by id; a ticket the caller may not see does not exist for them (API.md: hide existence). */
export function requireTicketVisible(
  caller: UserCaller,
  t: TicketDoc | null,
  standing: Standing = NO_STANDING,
): TicketDoc {
  if (!t || !canSeeTicket(caller, t, standing)) throw new AppError('NOT_FOUND', '工单不存在或无权查看');
  return t;
}

/**
 * May this person step in and take the ticket themselves (tickets.take)? An expert: a major fault, an escalation to
 * the expert team, or an escalation that called them; a technician: called by an escalation of this round to help, or
 * the lead of the station of its region once it was queued or escalated this round. Dispatchers assign instead.
 */
function mayTake(caller: UserCaller, t: TicketDoc, standing: Standing): boolean {
  if (caller.role === 'expert') {
    return t.severity === 'major' || (t.sla?.escalationLevel ?? 0) >= 2 || calledToHelp(t).has(caller.userId);
  }
  if (caller.role === 'technician') return calledToHelp(t).has(caller.userId) || leadsFor(caller, t, standing);
  return false;
}

/**
 * Why the caller may not take the ticket now, or null when they may: it must be open and waiting — in the queue,
 * offered to someone else, or held by someone whose escalation nobody has taken (once taken, a second taker loses).
 */
export function takeRefusal(caller: UserCaller, t: TicketDoc, standing: Standing = NO_STANDING): string | null {
  const open = OPEN_STATUSES.includes(t.status);
  if (open && t.assigneeId === caller.userId) {
    return t.status === 'assigned' ? '该工单已派给您，请直接接单' : '您已在处理该工单';
  }
  if (!mayTake(caller, t, standing)) return '您不能接手该工单';
  if (!open) return '工单已处理完成或已取消，无需接手';
  if (t.status === 'onsite') return '工程师已在现场处理，不能接手';
  if (t.status === 'accepted' && unacknowledgedEscalations(t).length === 0) return '该工单已有人接单处理';
  return null;
}

export type TicketAction =
  | 'cancel'
  | 'confirm'
  | 'reopen'
  | 'rate'
  | 'accept'
  | 'reject'
  | 'goOnsite'
  | 'arrive'
  | 'resolve'
  | 'assign'
  | 'pause'
  | 'resume'
  | 'plan'
  | 'acknowledge'
  | 'take';

export function allowedActions(caller: UserCaller, t: TicketDoc, standing: Standing = NO_STANDING): TicketAction[] {
  const can: TicketAction[] = [];
  const isOwner = caller.role === 'customer' && caller.customerId === t.customerId;
  const isAssignee = t.assigneeId === caller.userId;
  if (isOwner) {
    if (t.status === 'reported' || t.status === 'assigned') can.push('cancel');
    if (t.status === 'resolved') can.push('confirm', 'reopen');
    if (t.status === 'confirmed') can.push('reopen');
    if ((t.status === 'resolved' || t.status === 'confirmed') && !t.surveyId) can.push('rate');
  }
  if (isAssignee) {
    if (t.status === 'assigned') can.push('accept', 'reject');
    if (t.status === 'accepted') can.push('goOnsite', 'resolve');
    if (t.status === 'accepted' && t.mode === 'onsite') can.push('arrive');
    if (t.status === 'onsite') can.push('resolve');
  }
  if ((caller.role === 'dispatcher' || caller.role === 'admin') && OPEN_STATUSES.includes(t.status)) can.push('assign');
  const pause = openPause(t);
  if (isAssignee && (t.status === 'accepted' || t.status === 'onsite') && !pause) can.push('pause');
  // the customer answers a wait for them; parts arriving is the assignee's (or a dispatcher's) to say
  if (
    pause &&
    ((isOwner && pause.kind === 'customer') || isAssignee || caller.role === 'dispatcher' || caller.role === 'admin')
  ) {
    can.push('resume');
  }
  if (caller.role === 'expert' && t.severity === 'major' && OPEN_STATUSES.includes(t.status)) can.push('plan');
  if (caller.role !== 'customer' && OPEN_STATUSES.includes(t.status) && unacknowledgedEscalations(t).length > 0) {
    can.push('acknowledge');
  }
  if (takeRefusal(caller, t, standing) === null) can.push('take');
  return [...new Set(can)];
}

export function requireAllowed(caller: UserCaller, t: TicketDoc, action: TicketAction, message: string): void {
  if (!allowedActions(caller, t).includes(action)) throw new AppError('CONFLICT', message);
}
