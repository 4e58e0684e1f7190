// Inputs and outputs of the `rosters` function: a station's duty roster week by week, swaps, and who is on duty now.
import { z } from 'zod';
import { DUTY_ROLES, SHIFTS } from '../roster/roster';
import { CalendarDateSchema, Id, WireInstant } from './common';

export const RosterEntrySchema = z
  .object({ date: CalendarDateSchema, shift: z.enum(SHIFTS), userId: Id, role: z.enum(DUTY_ROLES) })
  .strict();

export const RosterWeekInput = z
  .object({
    stationId: Id,
    /** any date of the week (default: this week) */
    date: CalendarDateSchema.optional(),
  })
  .strict();

export const RosterDay = z.object({
  date: CalendarDateSchema,
  weekday: z.string(),
  kind: z.enum(['workday', 'weekend', 'holiday', 'makeup']),
  /** 国庆节 / 国庆节调休 … */
  holidayName: z.string().nullable(),
});

export const RosterWeekOutput = z.object({
  station: z.object({ id: z.string(), name: z.string() }),
  weekStart: CalendarDateSchema,
  days: z.array(RosterDay),
  entries: z.array(RosterEntrySchema),
  members: z.array(z.object({ id: z.string(), name: z.string(), role: z.string() })),
  swaps: z.array(
    z.object({
      at: WireInstant,
      byName: z.string(),
      date: CalendarDateSchema,
      shift: z.enum(SHIFTS),
      fromName: z.string(),
      toName: z.string(),
      reason: z.string().optional(),
    }),
  ),
  /** null: no roster saved for this week (routing then falls back to each person's own on/off-duty flag) */
  version: z.number().int().nullable(),
  /**
   * a year of this week has no arrangement yet: neither the holiday data package (updated when the State Council
   * publishes, each winter) nor an admin's entry (rosters.saveHolidays) covers it; only the fixed dates count
   */
  holidayDataMissing: z.boolean(),
  /** the same in words, for the page to show (null when every year is covered) */
  holidayNotice: z.string().nullable(),
});

export const RosterSaveInput = z
  .object({
    stationId: Id,
    weekStart: CalendarDateSchema,
    entries: z.array(RosterEntrySchema).max(200),
    /** the version that was read (optimistic concurrency); omit for a new week */
    version: z.number().int().min(1).optional(),
  })
  .strict();

export const RosterSwapInput = z
  .object({
    stationId: Id,
    date: CalendarDateSchema,
    shift: z.enum(SHIFTS),
    fromUserId: Id,
    toUserId: Id,
    reason: z.string().trim().max(200).optional(),
  })
  .strict();

export const OnDutyOutput = z.object({
  at: WireInstant,
  shift: z.object({ date: CalendarDateSchema, name: z.enum(SHIFTS), label: z.string() }),
  stations: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      people: z.array(
        z.object({ id: z.string(), name: z.string(), role: z.enum(DUTY_ROLES), phone: z.string().nullable() }),
      ),
      rostered: z.boolean(),
    }),
  ),
});

/** A year of statutory holidays and make-up working days (法定节假日与调休上班日). */
export const HolidayYear = z.number().int().min(2000, { message: '年份须在 2000–2100 之间' }).max(2100, {
  message: '年份须在 2000–2100 之间',
});

export const HolidayDaySchema = z
  .object({
    date: CalendarDateSchema,
    kind: z.enum(['holiday', 'makeup']),
    /** 元旦, 春节, 国庆节、中秋节 … (a make-up day carries the holiday it makes up for) */
    name: z.string().trim().min(1, { message: '请填写节日名称' }).max(20),
  })
  .strict();

export const HolidaysInput = z.object({ year: HolidayYear }).strict();

export const HolidaysOutput = z.object({
  year: z.number().int(),
  /** published: the data package (State Council notice); entered: an admin's entry; statutory-only: neither yet */
  coverage: z.enum(['published', 'entered', 'statutory-only']),
  coverageLabel: z.string(),
  days: z.array(HolidayDaySchema.extend({ weekday: z.string() })),
  /** an entry's source and who saved it when; null for the data package and the fixed dates */
  source: z.string().nullable(),
  updatedByName: z.string().nullable(),
  updatedAt: WireInstant.nullable(),
  /** the entry's version (pass it as ifVersion to save over it); null when nothing was entered */
  version: z.number().int().nullable(),
  /** what the roster page says when the year has no arrangement yet; null when it has one */
  notice: z.string().nullable(),
});

export const SaveHolidaysInput = z
  .object({
    year: HolidayYear,
    days: z.array(HolidayDaySchema).min(1, { message: '请至少录入一天' }).max(120),
    /** where the arrangement comes from (国办发明电〔2026〕N 号); default 管理员录入 */
    source: z
      .string()
      .trim()
      .min(2, { message: '来源至少 2 个字（如国务院办公厅通知文号）' })
      .max(200)
      .default('管理员录入'),
    /** the version that was read; omit when the year has no entry yet */
    ifVersion: z.number().int().min(1).optional(),
  })
  .strict();

export const ParseHolidayNoticeInput = z
  .object({
    year: HolidayYear,
    /** the notice's text as published (一、元旦：1月1日……放假……) */
    text: z.string().trim().min(10, { message: '请粘贴通知全文' }).max(10_000),
  })
  .strict();

export const ParseHolidayNoticeOutput = z.object({
  year: z.number().int(),
  days: z.array(HolidayDaySchema),
  /** what could not be read or does not add up; empty when it can be saved as read */
  problems: z.array(z.string()),
});
