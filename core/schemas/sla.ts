// Inputs and outputs of the `sla` function: the timer run, the dispatcher board, attainment, evidence, acknowledgement.
import { z } from 'zod';
import { CalendarDateSchema, Id, WireInstant } from './common';
import { TicketStatusSchema } from './tickets';

export const MilestoneSchema = z.enum(['respond', 'plan', 'remoteFix', 'onsite']);
export const BoardStateSchema = z.enum(['on-track', 'warned', 'breached', 'escalated', 'paused']);

export const SlaRunOutput = z.object({
  /** ticket rows read (only those whose next deadline is due) */
  examined: z.number().int(),
  changed: z.number().int(),
  actions: z.number().int(),
});

export const BoardItem = z.object({
  id: z.string(),
  no: z.string(),
  status: TicketStatusSchema,
  statusLabel: z.string(),
  severity: z.enum(['common', 'major']),
  deviceName: z.string(),
  customerName: z.string(),
  assigneeName: z.string().nullable(),
  state: BoardStateSchema,
  escalationLevel: z.number().int(),
  /** the most urgent running milestone */
  urgent: z
    .object({
      milestone: MilestoneSchema,
      label: z.string(),
      dueAt: WireInstant.nullable(),
      remainingMinutes: z.number().int().nullable(),
    })
    .nullable(),
});
export type BoardItem = z.infer<typeof BoardItem>;

export const BoardOutput = z.object({
  at: WireInstant,
  groups: z.array(z.object({ state: BoardStateSchema, label: z.string(), items: z.array(BoardItem) })),
  total: z.number().int(),
});

export const AttainmentInput = z
  .object({
    from: CalendarDateSchema,
    to: CalendarDateSchema,
    groupBy: z.enum(['station', 'technician']).default('station'),
  })
  .strict()
  .refine((v) => v.from <= v.to, { message: '开始日期不能晚于结束日期', path: ['from'] });

const Cell = z.object({
  milestone: MilestoneSchema,
  label: z.string(),
  measured: z.number().int(),
  met: z.number().int(),
  breached: z.number().int(),
  rate: z.number().nullable(),
});
const AttainmentRowSchema = z.object({
  key: z.string(),
  label: z.string(),
  cells: z.array(Cell),
  measured: z.number().int(),
  rate: z.number().nullable(),
});
export const AttainmentOutput = z.object({
  from: CalendarDateSchema,
  to: CalendarDateSchema,
  groupBy: z.enum(['station', 'technician']),
  tickets: z.number().int(),
  rows: z.array(AttainmentRowSchema),
  total: AttainmentRowSchema,
});

export const EvidenceInput = z.object({ id: Id }).strict();
export const EvidenceOutput = z.object({
  fileName: z.string(),
  url: z.string(),
  contentType: z.string(),
  digest: z.string(),
});

export const AckInput = z.object({ id: Id, milestone: MilestoneSchema }).strict();
