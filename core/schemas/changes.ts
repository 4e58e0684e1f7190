// Inputs and outputs of the `changes` function: the edit history of master-data records (who changed what, when).
import { z } from 'zod';
import { RECORD_KINDS } from '../masterdata/changes';
import { RecordId } from '../masterdata/fields';
import { Cursor, PageLimit, WireInstant } from './common';

export const RecordKindSchema = z.enum(RECORD_KINDS);

export const ChangesListInput = z
  .object({
    /** customer: the customer with its sites, contacts and devices; any other kind: that one record */
    kind: RecordKindSchema,
    recordId: RecordId,
    cursor: Cursor,
    limit: PageLimit,
  })
  .strict();

const ChangeValueSchema = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.null(),
  z.array(z.unknown()),
  z.record(z.unknown()),
]);

export const ChangeView = z.object({
  id: z.string(),
  kind: RecordKindSchema,
  /** 客户 / 现场 / 联系人 / 设备 / 员工 / 服务站 */
  kindLabel: z.string(),
  recordId: z.string(),
  /** create, update, or accept (a device's acceptance) */
  action: z.enum(['create', 'update', 'accept']),
  fields: z.array(
    z.object({ field: z.string(), label: z.string(), before: ChangeValueSchema, after: ChangeValueSchema }),
  ),
  by: z.string(),
  byName: z.string(),
  byRole: z.string(),
  at: WireInstant,
  note: z.string().nullable(),
});
export type ChangeView = z.infer<typeof ChangeView>;

export const ChangesListOutput = z.object({ items: z.array(ChangeView), nextCursor: z.string().nullable() });
