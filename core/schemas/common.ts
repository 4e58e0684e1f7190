// Field schemas shared by many actions (ids, serials, wire times), so a rule is written once for UI and service.
import { z } from 'zod';

export const Id = z.string().trim().min(1).max(64);

export const Serial = z
  .string()
  .trim()
  .min(3)
  .max(40)
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, { message: '序列号只能包含字母、数字、- 和 _' })
  .transform((s) => s.toUpperCase());

/** An instant on the wire: ISO-8601 with offset ("2026-11-25T10:00:00+08:00"). */
export const WireInstant = z.string().datetime({ offset: true });

/** A business calendar date, "YYYY-MM-DD". */
export const CalendarDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: '日期格式应为 YYYY-MM-DD' });

export const Empty = z.object({}).strict();

/** What a timer trigger sends (CloudBase may add fields of its own: they are ignored). */
export const TimerInput = z.object({}).passthrough();
