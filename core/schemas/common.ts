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

/** A list's page: the cursor the previous page answered (null or absent: the first page). */
export const Cursor = z.string().max(500).nullable().optional();
/** A list's page size: at most 100, 20 by default. */
export const PageLimit = z.number().int().min(1).max(100).default(20);
/** A list's search text (name, phone, serial …): spaces and punctuation are ignored. */
export const SearchText = z.string().trim().max(60, { message: '搜索内容最多 60 个字' }).optional();

/** Mainland mobile or landline (with area code), digits and dashes. */
export const Phone = z
  .string()
  .trim()
  .regex(/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}|400-?\d{3}-?\d{4})$/, { message: '请输入正确的手机号或座机号' });
export const ClientRequestId = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{8,64}$/, { message: 'clientRequestId 应为 8–64 位字母、数字、- 或 _' });
export const FileId = z.string().trim().min(1).max(300);
