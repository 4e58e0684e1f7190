// Inputs and outputs of the `staff` function: the people of the service (员工档案) — technicians, experts, the desk.
import { z } from 'zod';
import { CreateRequestId, IfVersion, RecordId } from '../masterdata/fields';
import { StaffFields, StaffRoleSchema } from '../masterdata/staff';
import { Cursor, PageLimit, SearchText, WireInstant } from './common';

export const StaffListInput = z
  .object({
    role: StaffRoleSchema.optional(),
    stationId: RecordId.optional(),
    /** a piece of the name, or the phone's start or last 4+ digits */
    q: SearchText,
    /** true: at work; false: left or suspended; absent: both */
    active: z.boolean().optional(),
    cursor: Cursor,
    limit: PageLimit,
  })
  .strict();

export const StaffView = z.object({
  id: z.string(),
  version: z.number().int(),
  name: z.string(),
  role: StaffRoleSchema,
  /** 工程师 / 专家 / 调度 / 管理员 */
  roleLabel: z.string(),
  phone: z.string().nullable(),
  stationId: z.string().nullable(),
  stationName: z.string().nullable(),
  skills: z.array(z.string()),
  regions: z.array(z.string()),
  /** technicians: the most open tickets routing gives them (their own limit, else the plan's 5); null for others */
  loadLimit: z.number().int().nullable(),
  /** technicians and experts: open tickets held now */
  openLoad: z.number().int(),
  active: z.boolean(),
  /** a WeChat account is bound (else: invite them with auth.invite { userId }) */
  bound: z.boolean(),
  createdAt: WireInstant,
  updatedAt: WireInstant.nullable(),
});
export type StaffView = z.infer<typeof StaffView>;

export const StaffListOutput = z.object({ items: z.array(StaffView), nextCursor: z.string().nullable() });

export const StaffSaveInput = z
  .object({
    /** the whole record (a field left out is cleared; `active` left out stays as it was). No id: a new person */
    user: StaffFields,
    ifVersion: IfVersion.optional(),
    clientRequestId: CreateRequestId.optional(),
  })
  .strict();
export const StaffSaveOutput = z.object({ user: StaffView });
