// What a customer document repeats of its sites, contacts and devices — the main address, the primary contact, the
// search keys — recomputed after any of them is saved, and the loading of a customer's whole record for its view.
import { isAppError } from '../../core/errors';
import { customerSummaryOf } from '../../core/masterdata/customer';
import { customerSearchKeys } from '../../core/masterdata/search-keys';
import { customerView } from '../../core/masterdata/views';
import type { ContactDoc, CustomerDoc, SiteDoc } from '../../core/model';
import type { CustomerView } from '../../core/schemas/customers';
import type { ActionContext } from './context';

/** The customer's derived fields from its records as stored now. */
export function derivedOf(
  customer: Pick<CustomerDoc, 'name'>,
  sites: readonly SiteDoc[],
  contacts: readonly ContactDoc[],
  serials: readonly string[],
): Pick<CustomerDoc, 'address' | 'contactName' | 'contactPhone' | 'searchKeys'> {
  const active = contacts.filter((c) => c.active !== false);
  return {
    ...customerSummaryOf(sites, contacts),
    searchKeys: customerSearchKeys({ name: customer.name, contacts: active, serials }),
  };
}

/** What the derived fields are computed from. */
export async function customerParts(ctx: ActionContext, customerId: string) {
  const [sites, contacts, devices] = await Promise.all([
    ctx.db.sites.ofCustomer(customerId),
    ctx.db.contacts.ofCustomer(customerId),
    ctx.db.devices.ofCustomer(customerId),
  ]);
  return { sites, contacts, devices };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Brings the customer's derived fields in step with its records (after a site, contact or device save); a concurrent
 * write of the customer is retried on fresh data. Answers the customer as stored.
 */
export async function refreshCustomer(ctx: ActionContext, customerId: string): Promise<CustomerDoc> {
  for (let attempt = 1; ; attempt++) {
    const [customer, parts] = await Promise.all([
      ctx.db.customers.mustGet(customerId, '客户档案不存在'),
      customerParts(ctx, customerId),
    ]);
    const derived = derivedOf(
      customer,
      parts.sites,
      parts.contacts,
      parts.devices.map((d) => d.serial),
    );
    const stale = (Object.keys(derived) as (keyof typeof derived)[]).some((k) => !same(customer[k], derived[k]));
    if (!stale) return customer;
    try {
      return await ctx.db.customers.update(customerId, derived, { ifVersion: customer.version });
    } catch (e) {
      if (isAppError(e) && e.code === 'CONFLICT' && attempt < 5) continue;
      throw e;
    }
  }
}

/** The customer's whole record, as its page shows it. */
export async function loadCustomerView(ctx: ActionContext, customer: CustomerDoc): Promise<CustomerView> {
  const parts = await customerParts(ctx, customer.id);
  return customerView(customer, parts.sites, parts.contacts, parts.devices.length);
}
