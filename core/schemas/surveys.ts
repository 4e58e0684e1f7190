// Inputs and outputs of the `surveys` function: the satisfaction survey of a ticket and its statistics.
import { z } from 'zod';
import { CalendarDateSchema, Id, WireInstant } from './common';

const Score = z
  .number({ invalid_type_error: '评分应为 1–5 的整数' })
  .int({ message: '评分应为 1–5 的整数' })
  .min(1, { message: '评分应为 1–5 的整数' })
  .max(5, { message: '评分应为 1–5 的整数' });

export const SurveyScores = z.object({ speed: Score, attitude: Score, skill: Score, result: Score }).strict();

export const SurveySubmitInput = z
  .object({ ticketId: Id, scores: SurveyScores, comment: z.string().trim().max(500).optional() })
  .strict();

export const SurveyView = z.object({
  id: z.string(),
  ticketId: z.string(),
  technicianId: z.string().nullable(),
  scores: SurveyScores,
  /** mean of the four scores, one decimal */
  overall: z.number(),
  comment: z.string().optional(),
  submittedAt: WireInstant,
});
export const SurveySubmitOutput = z.object({ survey: SurveyView });

export const SurveyGetInput = z.object({ ticketId: Id }).strict();
export const SurveyGetOutput = z.object({ survey: SurveyView.nullable() });

export const StatsGroupBy = z.enum(['technician', 'station', 'month']);
export const SurveyStatsInput = z
  .object({
    /** business dates, inclusive (Asia/Shanghai) */
    from: CalendarDateSchema,
    to: CalendarDateSchema,
    groupBy: StatsGroupBy.default('technician'),
  })
  .strict()
  .refine((v) => v.from <= v.to, { message: '开始日期不能晚于结束日期', path: ['from'] });

const Averages = z.object({
  speed: z.number().nullable(),
  attitude: z.number().nullable(),
  skill: z.number().nullable(),
  result: z.number().nullable(),
  overall: z.number().nullable(),
});

export const SurveyStatsRow = z.object({
  /** technician id, station id or "YYYY-MM" */
  key: z.string(),
  label: z.string(),
  /** tickets resolved in the period (the survey's denominator) */
  resolved: z.number().int(),
  /** surveys submitted for them */
  surveys: z.number().int(),
  /** surveys / resolved, 0–1 (null when nothing was resolved) */
  responseRate: z.number().nullable(),
  averages: Averages,
  /** share of individual scores that are 4 or 5, 0–1 (null without surveys) */
  csat: z.number().nullable(),
});
export type SurveyStatsRow = z.infer<typeof SurveyStatsRow>;

export const SurveyStatsOutput = z.object({
  from: CalendarDateSchema,
  to: CalendarDateSchema,
  groupBy: StatsGroupBy,
  rows: z.array(SurveyStatsRow),
  total: SurveyStatsRow,
});
