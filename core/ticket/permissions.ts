// Who may see a ticket and what each caller may do with it now (the server enforces; the UI shows the same list).
import { AppError } from '../errors';
import type { UserCaller } from '../identity/caller';
import { openPause, unacknowledgedEscalations } from './lifecycle';
import { OPEN_STATUSES } from './transitions';
import type { TicketDoc } from './types';

export function canSeeTicket(
  caller: UserCaller,
  t: Pick<TicketDoc, 'customerId' | 'assigneeId' | 'severity'> & { sla?: Pick<TicketDoc['sla'], 'escalationLevel'> },
): boolean {
  switch (caller.role) {
    case 'customer':
      return caller.customerId === t.customerId;
    case 'dispatcher':
    case 'admin':
      return true;
    case 'expert':
      // The expert team is told of every major fault and owes it a solution plan; escalations reach it too.
      return t.severity === 'major' || t.assigneeId === caller.userId || (t.sla?.escalationLevel ?? 0) >= 2;
    default:
      // A technician sees what is offered or assigned to them now (one who rejected or was replaced loses access).
      return t.assigneeId === caller.userId;
  }
}

/** Loads are by id; a ticket the caller may not see does not exist for them (API.md: hide existence). */
export function requireTicketVisible(caller: UserCaller, t: TicketDoc | null): TicketDoc {
  if (!t || !canSeeTicket(caller, t)) throw new AppError('NOT_FOUND', '工单不存在或无权查看');
  return t;
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
  | 'acknowledge';

export function allowedActions(caller: UserCaller, t: TicketDoc): TicketAction[] {
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
  return [...new Set(can)];
}

export function requireAllowed(caller: UserCaller, t: TicketDoc, action: TicketAction, message: string): void {
  if (!allowedActions(caller, t).includes(action)) throw new AppError('CONFLICT', message);
}
