// Inputs and outputs of the `customers` function: the customer records (客户档案) with their sites, contacts and
// contract. The record fields are core/masterdata's (the same rules for the desk's forms and an import's rows).
import { z } from 'zod';
import { BusinessHoursSchema, SlaTermsSchema } from '../masterdata/contract';
import { ContactFields, CustomerFields, SiteFields } from '../masterdata/customer';
import { CreateRequestId, IfVersion, RecordId, Region } from '../masterdata/fields';
import { Cursor, PageLimit, SearchText, WireInstant } from './common';

export const CustomersListInput = z
  .object({
    /** a piece of the name, a contact's name or phone (start or last 4+ digits), or a whole device serial */
    q: SearchText,
    region: Region.optional(),
    /** true: current customers only; false: the ones whose contract ended; absent: both */
    active: z.boolean().optional(),
    cursor: Cursor,
    limit: PageLimit,
  })
  .strict();

export const CustomerSummaryView = z.object({
  id: z.string(),
  /** pass as ifVersion when saving an edit */
  version: z.number().int(),
  name: z.string(),
  region: z.string(),
  active: z.boolean(),
  /** the main site's address, the primary contact's name and phone */
  address: z.string(),
  contactName: z.string(),
  contactPhone: z.string(),
  contractNo: z.string(),
  /** the contract's service hours in words (7×24 小时（含节假日） / 服务时间：周一…) */
  serviceHoursLabel: z.string(),
  createdAt: WireInstant,
  updatedAt: WireInstant.nullable(),
});
export type CustomerSummaryView = z.infer<typeof CustomerSummaryView>;

export const CustomersListOutput = z.object({ items: z.array(CustomerSummaryView), nextCursor: z.string().nullable() });

export const SiteView = z.object({
  id: z.string(),
  version: z.number().int(),
  customerId: z.string(),
  name: z.string(),
  region: z.string(),
  address: z.string(),
  location: z.object({ latitude: z.number(), longitude: z.number() }).nullable(),
  createdAt: WireInstant,
  updatedAt: WireInstant.nullable(),
});
export type SiteView = z.infer<typeof SiteView>;

export const ContactView = z.object({
  id: z.string(),
  version: z.number().int(),
  customerId: z.string(),
  name: z.string(),
  phone: z.string(),
  siteId: z.string().nullable(),
  siteName: z.string().nullable(),
  primary: z.boolean(),
  jobTitle: z.string().nullable(),
  active: z.boolean(),
  /** a user acts as this contact in the app (bound with an invitation naming the contact) */
  bound: z.boolean(),
  userId: z.string().nullable(),
});
export type ContactView = z.infer<typeof ContactView>;

export const ContractView = z.object({
  no: z.string(),
  /** as entered (null: not set, the plan's default applies) */
  warrantyMonths: z.number().int().nullable(),
  sla: SlaTermsSchema,
  serviceHours: z.union([z.literal('7x24'), BusinessHoursSchema]),
  /** what applies, defaults filled in: the warranty months and each clock's minutes */
  effective: z.object({
    warrantyMonths: z.number().int(),
    respondCommonMinutes: z.number().int(),
    respondMajorMinutes: z.number().int(),
    remoteFixMinutes: z.number().int(),
    onsiteMinutes: z.number().int(),
    planMinutes: z.number().int(),
    climbAfterMinutes: z.number().int(),
    serviceHoursLabel: z.string(),
  }),
});

export const CustomerView = CustomerSummaryView.extend({
  contract: ContractView,
  /** every site, oldest first */
  sites: z.array(SiteView),
  /** every contact, the primary first, then the active ones */
  contacts: z.array(ContactView),
  /** how many devices it has under the plan */
  deviceCount: z.number().int(),
});
export type CustomerView = z.infer<typeof CustomerView>;

export const CustomerIdInput = z.object({ id: RecordId }).strict();
export const CustomerOutput = z.object({ customer: CustomerView });

export const CustomersSaveInput = z
  .object({
    /** the whole record (a field left out is cleared; `active` left out stays as it was). No id: a new customer */
    customer: CustomerFields,
    /** the version read, for an edit: a newer one stored → CONFLICT and nothing changed */
    ifVersion: IfVersion.optional(),
    /** a create with the same id from the same caller returns the customer it created */
    clientRequestId: CreateRequestId.optional(),
  })
  .strict();

export const SaveSiteInput = z
  .object({
    customerId: RecordId,
    site: SiteFields,
    ifVersion: IfVersion.optional(),
    clientRequestId: CreateRequestId.optional(),
  })
  .strict();
export const SaveSiteOutput = z.object({ site: SiteView, customer: CustomerSummaryView });

export const SaveContactInput = z
  .object({
    customerId: RecordId,
    contact: ContactFields,
    ifVersion: IfVersion.optional(),
    clientRequestId: CreateRequestId.optional(),
  })
  .strict();
export const SaveContactOutput = z.object({ contact: ContactView, customer: CustomerSummaryView });
