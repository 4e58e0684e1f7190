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
  /** the holiday data package has no data for this year yet (published each winter) */
  holidayDataMissing: z.boolean(),
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
