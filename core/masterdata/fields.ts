// The field rules every master-data record shares (ids, names, regions, addresses, phones): one zod schema each, so the
// desk's forms, the service and an import's rows all say the same thing about the same field.
import { z } from 'zod';
import { Phone } from '../schemas/common';

export { Phone };

/** A record id chosen by the service, or given by an admin or an import (letters, digits, - and _). */
export const RecordId = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{1,63}$/, { message: '编号应为 2–64 位字母、数字、- 或 _' });

/** A company or site name. */
export const OrgName = z
  .string()
  .trim()
  .min(2, { message: '名称至少 2 个字' })
  .max(60, { message: '名称最多 60 个字' });

/** A person's name. */
export const PersonName = z.string().trim().min(1, { message: '请填写姓名' }).max(30, { message: '姓名最多 30 个字' });

/**
 * A service region as the stations name theirs (上海市浦东新区): routing matches a ticket's region to a station's
 * exactly, so spaces are dropped.
 */
export const Region = z
  .string()
  .transform((s) => s.replace(/\s+/g, ''))
  .pipe(
    z.string().min(2, { message: '区域至少 2 个字（如 上海市浦东新区）' }).max(40, { message: '区域最多 40 个字' }),
  );

export const Address = z
  .string()
  .trim()
  .min(4, { message: '地址至少 4 个字' })
  .max(200, { message: '地址最多 200 个字' });

export const Location = z
  .object({ latitude: z.number().min(-90).max(90), longitude: z.number().min(-180).max(180) })
  .strict();

/** The version a desk page read, for a compare-and-set edit (stale → CONFLICT). */
export const IfVersion = z.number().int().min(1);

/** Makes a save idempotent: the same caller sending the same id twice creates one record. */
export const CreateRequestId = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{8,64}$/, { message: 'clientRequestId 应为 8–64 位字母、数字、- 或 _' });
