// Staff (员工档案) and service stations (服务站): the fields each is entered with and the pure rules of saving them —
// technicians belong to a station; skills are product lines; regions and a load limit are a technician's; the
// service never loses its last active admin; a station's lead works at that station.
import { z } from 'zod';
import { AppError } from '../errors';
import { STAFF_ROLES, isActive, type StationDoc, type UserDoc } from '../model';
import { toInstant } from '../time';
import { ProductLineSchema } from './device';
import { Address, OrgName, PersonName, Phone, RecordId, Region } from './fields';
import { staffSearchKeys } from './search-keys';

export const StaffRoleSchema = z.enum(STAFF_ROLES);

export const StaffFields = z
  .object({
    id: RecordId.optional(),
    name: PersonName,
    role: StaffRoleSchema,
    phone: Phone,
    stationId: RecordId.optional(),
    /** technicians and experts: the product lines they serve */
    skills: z.array(ProductLineSchema).max(10).optional(),
    /** technicians: regions covered beyond their station's */
    regions: z.array(Region).max(20, { message: '最多 20 个区域' }).optional(),
    /** technicians: most open tickets at once (default 5) */
    loadLimit: z.number().int({ message: '应为整数' }).min(1).max(50).optional(),
    /** false: left or suspended — never routed or paged, cannot sign in; history kept */
    active: z.boolean().optional(),
  })
  .strict()
  .superRefine((u, ctx) => {
    const issue = (path: string, message: string) =>
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: [path], message });
    if (u.role === 'technician' && !u.stationId) issue('stationId', '工程师须归属一个服务站');
    if (u.role !== 'technician' && u.role !== 'expert' && u.skills?.length) issue('skills', '仅工程师和专家可设置技能');
    if (u.role !== 'technician' && u.regions?.length) issue('regions', '仅工程师可设置覆盖区域');
    if (u.role !== 'technician' && u.loadLimit !== undefined) issue('loadLimit', '仅工程师可设置接单上限');
  });
export type StaffInput = z.infer<typeof StaffFields>;

export const StationFields = z
  .object({
    id: RecordId.optional(),
    name: OrgName,
    region: Region,
    address: Address,
    phone: Phone,
    /** the station lead (站长): an active technician or expert of this station */
    leadId: RecordId.nullable().optional(),
  })
  .strict();
export type StationInput = z.infer<typeof StationFields>;

/** A staff record as saved, or why it cannot be. */
export function staffRecord(s: {
  current: UserDoc | null;
  id: string;
  input: StaffInput;
  station: StationDoc | null;
  /** the other active admins (the service keeps at least one) */
  otherActiveAdmins: number;
  now: Date;
}): Omit<UserDoc, 'version'> {
  const { current, input } = s;
  if (current?.role === 'customer') throw new AppError('NOT_FOUND', '员工不存在');
  if (input.stationId && !s.station) {
    throw new AppError('VALIDATION_FAILED', '服务站不存在', [{ path: 'user.stationId', message: '服务站不存在' }]);
  }
  const active = input.active ?? current?.active ?? true;
  const wasAdmin = current?.role === 'admin' && isActive(current);
  if (wasAdmin && (!active || input.role !== 'admin') && s.otherActiveAdmins === 0) {
    throw new AppError('CONFLICT', '至少须保留一位在职的管理员');
  }
  const at = toInstant(s.now);
  const {
    version: _v,
    stationId: _s,
    skills: _k,
    regions: _r,
    loadLimit: _l,
    ...kept
  } = current ?? ({} as Partial<UserDoc>);
  return {
    createdAt: at,
    ...kept,
    id: s.id,
    name: input.name,
    role: input.role,
    phone: input.phone,
    ...(input.stationId ? { stationId: input.stationId } : {}),
    ...(input.skills?.length ? { skills: [...new Set(input.skills)] } : {}),
    ...(input.regions?.length ? { regions: [...new Set(input.regions)] } : {}),
    ...(input.loadLimit !== undefined ? { loadLimit: input.loadLimit } : {}),
    active,
    searchKeys: staffSearchKeys(input),
    updatedAt: at,
  };
}

/** A station as saved, or why it cannot be: its lead must be an active technician or expert working there. */
export function stationRecord(s: {
  current: StationDoc | null;
  id: string;
  input: StationInput;
  lead: UserDoc | null;
  now: Date;
}): Omit<StationDoc, 'version'> {
  const { input, lead } = s;
  if (input.leadId) {
    const fits = lead && isActive(lead) && (lead.role === 'technician' || lead.role === 'expert');
    if (!fits || lead.stationId !== s.id) {
      throw new AppError('VALIDATION_FAILED', '站长须为本站在职的工程师或专家', [
        { path: 'station.leadId', message: '站长须为本站在职的工程师或专家' },
      ]);
    }
  }
  const at = toInstant(s.now);
  return {
    id: s.id,
    name: input.name,
    region: input.region,
    address: input.address,
    phone: input.phone,
    ...(input.leadId ? { leadId: input.leadId } : {}),
    createdAt: s.current?.createdAt ?? at,
    updatedAt: at,
  };
}
