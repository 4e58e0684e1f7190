// Field errors from the shared schemas (core/schemas): a rule is written once, for the form and for the service.
import type { z } from 'zod';
import { zhErrorMap } from '../core/schemas/zh-errors';

/** The first problem with one value, in Chinese, or null. */
export function fieldError(schema: z.ZodTypeAny, value: unknown): string | null {
  const parsed = schema.safeParse(value, { errorMap: zhErrorMap });
  return parsed.success ? null : (parsed.error.issues[0]?.message ?? '格式不正确');
}

/** Every problem of a whole form, by top-level field name (the first one per field). */
export function formErrors(schema: z.ZodTypeAny, value: unknown): Record<string, string> {
  const parsed = schema.safeParse(value, { errorMap: zhErrorMap });
  if (parsed.success) return {};
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const key = String(issue.path[0] ?? '_');
    if (!errors[key]) errors[key] = issue.message;
  }
  return errors;
}
