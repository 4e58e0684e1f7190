// A customer (客户档案), its sites (现场) and its contacts (联系人): the fields each is entered with, and the pure rules
// of saving them — one primary contact, a site belonging to its customer, the customer's address and contact kept in
// step with its main site and primary contact. The service loads, calls these, saves and records the change.
// A save carries the whole record (what a form shows): a field left out is cleared, except `active` and `primary`,
// which stay as they were.
import { z } from 'zod';
import { AppError } from '../errors';
import type { ContactDoc, CustomerDoc, SiteDoc } from '../model';
import { toInstant } from '../time';
import { ContractSchema, contractOf } from './contract';
import { Address, Location, OrgName, PersonName, Phone, RecordId, Region } from './fields';

export const CustomerFields = z
  .object({
    id: RecordId.optional(),
    name: OrgName,
    region: Region,
    contract: ContractSchema,
    /** false: the contract ended (no new reports; history kept) */
    active: z.boolean().optional(),
  })
  .strict();
export type CustomerInput = z.infer<typeof CustomerFields>;

export const SiteFields = z
  .object({
    id: RecordId.optional(),
    name: OrgName,
    region: Region,
    address: Address,
    location: Location.optional(),
  })
  .strict();
export type SiteInput = z.infer<typeof SiteFields>;

export const ContactFields = z
  .object({
    id: RecordId.optional(),
    name: PersonName,
    phone: Phone,
    siteId: RecordId.optional(),
    /** the customer's primary contact (one at a time: setting it moves it here) */
    primary: z.boolean().optional(),
    jobTitle: z.string().trim().max(30, { message: '职务最多 30 个字' }).optional(),
    /** false: no longer a contact */
    active: z.boolean().optional(),
  })
  .strict();
export type ContactInput = z.infer<typeof ContactFields>;

type New<T> = Omit<T, 'version'>;

const isActiveRecord = (r: { active?: boolean }) => r.active !== false;

/** A customer as saved: the input over what was stored (its derived fields and bookkeeping kept). */
export function customerRecord(
  current: CustomerDoc | null,
  id: string,
  input: CustomerInput,
  now: Date,
): New<CustomerDoc> {
  const at = toInstant(now);
  const { version: _v, ...kept } = current ?? ({} as Partial<CustomerDoc>);
  return {
    address: '',
    contactName: '',
    contactPhone: '',
    createdAt: at,
    ...kept,
    id,
    name: input.name,
    region: input.region,
    contract: contractOf(input.contract),
    active: input.active ?? current?.active ?? true,
    updatedAt: at,
  };
}

/** A site as saved; an id naming another customer's site is not found. */
export function siteRecord(
  current: SiteDoc | null,
  customerId: string,
  id: string,
  input: SiteInput,
  now: Date,
): New<SiteDoc> {
  if (current && current.customerId !== customerId) throw new AppError('NOT_FOUND', '现场不存在');
  const at = toInstant(now);
  return {
    id,
    customerId,
    name: input.name,
    region: input.region,
    address: input.address,
    ...(input.location ? { location: input.location } : {}),
    createdAt: current?.createdAt ?? at,
    updatedAt: at,
  };
}

/** The contact saved, and the contacts no longer primary because this one now is. */
export interface ContactSave {
  contact: New<ContactDoc>;
  demoted: ContactDoc[];
}

/**
 * Saving a contact: its site must be one of the customer's; the first active contact is primary, and making one
 * primary demotes the one before. The primary cannot simply stop being primary (or leave) while others remain:
 * another must be made primary first, so an active customer always has exactly one.
 */
export function decideContactSave(input: {
  current: ContactDoc | null;
  customerId: string;
  id: string;
  fields: ContactInput;
  /** every contact of the customer, as stored */
  contacts: readonly ContactDoc[];
  sites: readonly Pick<SiteDoc, 'id'>[];
  now: Date;
}): ContactSave {
  const { current, customerId, fields } = input;
  if (current && current.customerId !== customerId) throw new AppError('NOT_FOUND', '联系人不存在');
  if (fields.siteId && !input.sites.some((s) => s.id === fields.siteId)) {
    throw new AppError('VALIDATION_FAILED', '所选现场不属于该客户', [
      { path: 'contact.siteId', message: '所选现场不属于该客户' },
    ]);
  }
  const others = input.contacts.filter((c) => c.id !== input.id && isActiveRecord(c));
  const active = fields.active ?? current?.active ?? true;
  const wasPrimary = current?.primary === true && isActiveRecord(current);
  let primary = active && (fields.primary ?? current?.primary ?? false);
  if (active && others.length === 0) primary = true;
  if (wasPrimary && !primary && others.length > 0) {
    throw new AppError('CONFLICT', '须保留一位主要联系人：请先将另一位联系人设为主要联系人', [
      { path: 'contact.primary', message: '请先将另一位联系人设为主要联系人' },
    ]);
  }
  const at = toInstant(input.now);
  const { siteId, jobTitle } = fields;
  const contact: New<ContactDoc> = {
    id: input.id,
    customerId,
    name: fields.name,
    phone: fields.phone,
    ...(siteId ? { siteId } : {}),
    primary,
    ...(jobTitle ? { jobTitle } : {}),
    ...(current?.userId ? { userId: current.userId } : {}),
    active,
    createdAt: current?.createdAt ?? at,
    updatedAt: at,
  };
  const demoted = primary ? others.filter((c) => c.primary) : [];
  return { contact, demoted };
}

/** The customer's primary contact among its active contacts (the earliest, should a race have left two). */
export function primaryContactOf<C extends Pick<ContactDoc, 'id' | 'primary' | 'active' | 'createdAt'>>(
  contacts: readonly C[],
): C | null {
  const primaries = contacts
    .filter((c) => c.primary && isActiveRecord(c))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  return primaries[0] ?? null;
}

/** The main site: the primary contact's, else the earliest. */
export function mainSiteOf(sites: readonly SiteDoc[], primary: Pick<ContactDoc, 'siteId'> | null): SiteDoc | null {
  const own = primary?.siteId ? sites.find((s) => s.id === primary.siteId) : undefined;
  if (own) return own;
  const sorted = [...sites].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  return sorted[0] ?? null;
}

/** What a customer document repeats of its sites and contacts (read by reports, views and the hotline). */
export function customerSummaryOf(
  sites: readonly SiteDoc[],
  contacts: readonly ContactDoc[],
): Pick<CustomerDoc, 'address' | 'contactName' | 'contactPhone'> {
  const primary = primaryContactOf(contacts);
  return {
    address: mainSiteOf(sites, primary)?.address ?? '',
    contactName: primary?.name ?? '',
    contactPhone: primary?.phone ?? '',
  };
}

/** The active contacts, primary first, then by name (as the customer's page lists them). */
export function contactsInOrder<C extends ContactDoc>(contacts: readonly C[]): C[] {
  const primary = primaryContactOf(contacts);
  return [...contacts].sort(
    (a, b) =>
      Number(b.id === primary?.id) - Number(a.id === primary?.id) ||
      Number(isActiveRecord(b)) - Number(isActiveRecord(a)) ||
      a.name.localeCompare(b.name, 'zh-CN'),
  );
}
