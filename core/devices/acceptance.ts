// Acceptance (竣工验收) of a device: the date, a result for every checklist item, photos and the customer's signature,
// recorded once. A passed acceptance starts the device's warranty from its date; a failed one is kept (what failed,
// for the rework) and starts nothing. A device accepted once is accepted again only as an admin's correction, which
// supersedes the record before it. acceptanceEffects() says what an acceptance starts — the one place a feature that
// runs from acceptance (the weekly follow-up plan) adds itself.
import { z } from 'zod';
import { AppError } from '../errors';
import type { CustomerDoc, DeviceDoc } from '../model';
import { CalendarDateSchema, ClientRequestId, FileId, Serial } from '../schemas/common';
import { calendarDateOf, toInstant, type CalendarDate, type Instant } from '../time';
import { lastCoveredDay, warrantyMonthsFor } from '../warranty/status';

export const ChecklistItemSchema = z
  .object({
    item: z.string().trim().min(1, { message: '请填写验收项' }).max(60, { message: '验收项最多 60 个字' }),
    /** the item's result: passed or not (every item needs one) */
    ok: z.boolean({ required_error: '请填写该项是否合格', invalid_type_error: '请填写该项是否合格' }),
    note: z.string().trim().max(200, { message: '说明最多 200 个字' }).optional(),
  })
  .strict()
  .superRefine((c, ctx) => {
    if (!c.ok && !c.note) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['note'], message: '不合格项须说明问题' });
    }
  });

export const AcceptInput = z
  .object({
    serial: Serial,
    /** the acceptance date (竣工验收日): the warranty runs from it; today at the latest */
    acceptedAt: CalendarDateSchema,
    checklist: z
      .array(ChecklistItemSchema)
      .min(1, { message: '请至少填写一项验收内容' })
      .max(50, { message: '最多 50 项' })
      .superRefine((items, ctx) => {
        const seen = new Set<string>();
        items.forEach((c, i) => {
          if (seen.has(c.item)) ctx.addIssue({ code: z.ZodIssueCode.custom, path: [i, 'item'], message: '验收项重复' });
          seen.add(c.item);
        });
      }),
    /** photos of the installation (the caller's uploads, purpose photo) */
    photos: z.array(FileId).max(9, { message: '最多 9 张照片' }).default([]),
    /** the customer's signature drawn on the phone (the caller's upload, purpose signature) */
    customerSignature: FileId,
    /** who signed for the customer */
    customerSignerName: z.string().trim().min(1).max(30).optional(),
    clientRequestId: ClientRequestId,
    /** admins only: re-record an acceptance already made (a wrong date), with the reason */
    correction: z
      .object({ reason: z.string().trim().min(2, { message: '请填写更正原因' }).max(200) })
      .strict()
      .optional(),
  })
  .strict();
export type AcceptRequest = z.infer<typeof AcceptInput>;
export type ChecklistItem = z.infer<typeof ChecklistItemSchema>;

/** One acceptance of one device, as recorded (collection `acceptances`, indexed by acceptedAt and serial). */
export interface AcceptanceDoc {
  id: string;
  version: number;
  serial: string;
  customerId: string;
  siteId?: string;
  acceptedAt: CalendarDate;
  /** passed: every item passed (the warranty starts); failed: something to rework first (nothing starts) */
  result: 'passed' | 'failed';
  checklist: ChecklistItem[];
  photos: string[];
  customerSignature: string;
  customerSignerName?: string;
  /** the warranty it started (passed only) */
  warranty: { months: number; lastDay: CalendarDate } | null;
  by: string;
  byName: string;
  byRole: string;
  recordedAt: Instant;
  clientRequestId: string;
  /** current: the device's latest acceptance; superseded: corrected by an admin, or a failed one repeated */
  status: 'current' | 'superseded';
  /** the acceptance this one corrects, and why */
  supersedes?: string;
  correctionReason?: string;
}

/** What an acceptance starts. Today: the device's warranty, from the acceptance date for the contract's months. */
export interface AcceptanceEffects {
  warranty: { startsOn: CalendarDate; months: number; lastDay: CalendarDate } | null;
}

export function acceptanceEffects(
  acceptance: Pick<AcceptanceDoc, 'acceptedAt' | 'result'>,
  device: Pick<DeviceDoc, 'warrantyMonths'>,
  customer: Pick<CustomerDoc, 'contract'> | null,
): AcceptanceEffects {
  if (acceptance.result !== 'passed') return { warranty: null };
  const months = warrantyMonthsFor(device, customer);
  return {
    warranty: { startsOn: acceptance.acceptedAt, months, lastDay: lastCoveredDay(acceptance.acceptedAt, months) },
  };
}

export interface AcceptanceDecision {
  acceptance: Omit<AcceptanceDoc, 'version'>;
  /** what it starts (the service applies it: the device's acceptance date and warranty) */
  effects: AcceptanceEffects;
}

/**
 * Recording an acceptance: not dated after today; a device already accepted is accepted again only by an admin's
 * correction (naming why); a retired device or a customer whose contract ended is not accepted.
 */
export function decideAcceptance(d: {
  id: string;
  request: AcceptRequest;
  device: DeviceDoc;
  customer: CustomerDoc | null;
  current: AcceptanceDoc | null;
  by: { id: string; name: string; role: string };
  now: Date;
}): AcceptanceDecision {
  const { request, device, current } = d;
  const today = calendarDateOf(d.now);
  if (request.acceptedAt > today) {
    throw new AppError('VALIDATION_FAILED', '验收日期不能晚于今天', [
      { path: 'acceptedAt', message: '验收日期不能晚于今天' },
    ]);
  }
  if (request.acceptedAt < '2000-01-01') {
    throw new AppError('VALIDATION_FAILED', '验收日期不正确', [{ path: 'acceptedAt', message: '验收日期不正确' }]);
  }
  if (device.active === false) throw new AppError('CONFLICT', '该设备已停用，不能验收');
  if (d.customer?.active === false) throw new AppError('CONFLICT', `客户「${d.customer.name}」已停用，不能验收`);
  const accepted = current?.result === 'passed' && current.status === 'current';
  if (request.correction && d.by.role !== 'admin') throw new AppError('FORBIDDEN', '仅管理员可更正验收记录');
  if (request.correction && !accepted) throw new AppError('CONFLICT', '该设备尚未验收，无需更正');
  if (accepted && !request.correction) {
    throw new AppError(
      'CONFLICT',
      `该设备已于 ${current.acceptedAt} 验收，不能重复验收${d.by.role === 'admin' ? '（如需更正请填写更正原因）' : '，如需更正请联系管理员'}`,
    );
  }
  const result = request.checklist.every((c) => c.ok) ? 'passed' : 'failed';
  if (request.correction && result === 'failed') {
    throw new AppError('VALIDATION_FAILED', '更正的验收记录须各项合格', [
      { path: 'checklist', message: '更正的验收记录须各项合格' },
    ]);
  }
  const effects = acceptanceEffects({ acceptedAt: request.acceptedAt, result }, device, d.customer);
  const acceptance: Omit<AcceptanceDoc, 'version'> = {
    id: d.id,
    serial: device.serial,
    customerId: device.customerId,
    ...(device.siteId ? { siteId: device.siteId } : {}),
    acceptedAt: request.acceptedAt,
    result,
    checklist: request.checklist,
    photos: request.photos,
    customerSignature: request.customerSignature,
    ...(request.customerSignerName ? { customerSignerName: request.customerSignerName } : {}),
    warranty: effects.warranty ? { months: effects.warranty.months, lastDay: effects.warranty.lastDay } : null,
    by: d.by.id,
    byName: d.by.name,
    byRole: d.by.role,
    recordedAt: toInstant(d.now),
    clientRequestId: request.clientRequestId,
    status: 'current',
    ...(request.correction && current ? { supersedes: current.id, correctionReason: request.correction.reason } : {}),
  };
  return { acceptance, effects };
}
