// Where a booking (or a move) can go: the slot's qualified, free helpers in the order to try (slot maths, core), or a
// major fault's on-duty experts now — and the checks on the ticket a session is about.
import { liveCandidates } from '../../core/booking/on-duty';
import { candidatesFor, cellsOf, isOnGrid } from '../../core/booking/slots';
import { ACTIVE_BOOKING_STATUSES, BOOKING_RULES } from '../../core/booking/types';
import { AppError } from '../../core/errors';
import { isActive } from '../../core/model';
import { OPEN_STATUSES } from '../../core/ticket/transitions';
import type { TicketDoc } from '../../core/ticket/types';
import { addCalendarDays, calendarDateOf, toWire, type Instant } from '../../core/time';
import { busyBetween, loadSlotWorld } from '../_lib/booking-store';
import { holidaysOf } from '../_lib/holidays';
import { rostersNow } from '../_lib/routing-inputs';
import type { UserCtx } from '../_lib/ticket-store';

const MINUTE = 60_000;

export interface Plan {
  start: Date;
  end: Date;
  cells: Instant[];
  /** the helpers to try, in order: the first whose slots can be claimed takes it */
  candidates: string[];
}

/** A slot start the customer picked: on the grid, not too soon, not too far, published by someone and free. */
export async function planSlot(ctx: UserCtx, start: Date, prefer?: string): Promise<Plan> {
  if (!isOnGrid(start)) {
    throw new AppError('VALIDATION_FAILED', '请选择列表中的时段（整点或半点开始）', [
      { path: 'start', message: '不是可预约时段的开始时间' },
    ]);
  }
  if (start.getTime() < ctx.now.getTime() + BOOKING_RULES.leadMinutes * MINUTE) {
    throw new AppError('CONFLICT', `该时段已过或即将开始，请选择 ${BOOKING_RULES.leadMinutes} 分钟以后的时段`);
  }
  if (calendarDateOf(start) > addCalendarDays(calendarDateOf(ctx.now), BOOKING_RULES.horizonDays)) {
    throw new AppError('CONFLICT', `只能预约 ${BOOKING_RULES.horizonDays} 天内的时段`);
  }
  const date = calendarDateOf(start);
  const world = await loadSlotWorld(ctx, date, date);
  const { publishing, free } = candidatesFor(world, start);
  if (!publishing.length) throw new AppError('CONFLICT', '该时段不在专家开放时间内，请重新选择');
  if (!free.length) throw new AppError('CONFLICT', '该时段已被预约，请选择其他时段');
  const end = new Date(start.getTime() + BOOKING_RULES.slotMinutes * MINUTE);
  const candidates = prefer && free.includes(prefer) ? [prefer, ...free.filter((id) => id !== prefer)] : free;
  return { start, end, cells: cellsOf(start, end), candidates };
}

/** A major fault's call now: the experts on duty, free now, the one on the ticket first. */
export async function planLive(ctx: UserCtx, ticket: TicketDoc): Promise<Plan> {
  const start = ctx.now;
  const end = new Date(start.getTime() + BOOKING_RULES.liveMinutes * MINUTE);
  const today = calendarDateOf(start);
  const [experts, rosters, holidays, busy] = await Promise.all([
    ctx.db.users.withRoles(['expert']),
    rostersNow(ctx),
    holidaysOf(ctx),
    busyBetween(ctx, today, calendarDateOf(end)),
  ]);
  const { onDuty, free } = liveCandidates(
    { experts: experts.filter(isActive), rosters, holidayName: holidays.holidayName, busy },
    start,
    end,
    ticket.assigneeId,
  );
  if (!onDuty.length) throw new AppError('CONFLICT', '当前没有值班专家，请预约时段或拨打服务热线');
  if (!free.length) throw new AppError('CONFLICT', '值班专家正在通话中，请稍后重试、预约时段或拨打服务热线');
  return { start, end, cells: cellsOf(start, end), candidates: free };
}

/** The caller's organisation's open ticket (NOT_FOUND for anyone else's), with no other session active on it. */
export async function ownOpenTicket(ctx: UserCtx, ticketId: string): Promise<TicketDoc> {
  const ticket = await ctx.db.tickets.get(ticketId);
  if (!ticket || ticket.customerId !== ctx.caller.customerId) throw new AppError('NOT_FOUND', '工单不存在或无权查看');
  if (!OPEN_STATUSES.includes(ticket.status)) {
    throw new AppError('CONFLICT', '工单已处理完成或已取消，不能再预约视频指导');
  }
  const active = (await ctx.db.bookings.ofTicket(ticketId)).find((b) => ACTIVE_BOOKING_STATUSES.includes(b.status));
  if (active) {
    const at = toWire(active.start).slice(5, 16).replace('T', ' ');
    throw new AppError('CONFLICT', `该工单已有 ${at} 的视频指导，可改期或取消后再预约`);
  }
  return ticket;
}
