// customers.save: an admin creates or edits a customer record (name, region, contract). An edit carries the version
// it was made on (stale → CONFLICT, nothing changed); history records each field changed. A new contract warranty
// length moves the last covered day of the customer's devices that have none of their own.
import { API } from '../../core/api';
import { customerRecord } from '../../core/masterdata/customer';
import { customerScopeOf } from '../../core/masterdata/changes';
import { warrantyLastDayOf } from '../../core/masterdata/device';
import { customerSearchKeys } from '../../core/masterdata/search-keys';
import type { CustomerDoc } from '../../core/model';
import { action } from '../_lib/action';
import { customerParts, derivedOf, loadCustomerView } from '../_lib/customer-records';
import { saveRecord } from '../_lib/history';
import { createdId } from '../_lib/record-ids';
import type { UserCtx } from '../_lib/ticket-store';

export const save = action(API.customers.save, async function save(input, ctx) {
  const fields = input.customer;
  const id = fields.id ?? createdId('cust', ctx.caller.userId, input.clientRequestId, ctx.now);
  const current = await ctx.db.customers.get(id);
  // a create sent again (the same request): the customer it created
  if (!fields.id && current) return { customer: await loadCustomerView(ctx, current) };
  const parts = current ? await customerParts(ctx, id) : null;
  const saved = await saveRecord(
    ctx,
    ctx.db.customers,
    id,
    (stored) => {
      const draft = customerRecord(stored, id, fields, ctx.now);
      const serials = parts?.devices.map((d) => d.serial) ?? [];
      return parts
        ? { ...draft, ...derivedOf(draft, parts.sites, parts.contacts, serials) }
        : { ...draft, searchKeys: customerSearchKeys({ name: draft.name, contacts: [], serials }) };
    },
    { kind: 'customer', scope: customerScopeOf(id), ifVersion: input.ifVersion, initial: current },
  );
  if (current && current.contract.warrantyMonths !== saved.doc.contract.warrantyMonths) {
    await moveWarranties(ctx, saved.doc);
  }
  return { customer: await loadCustomerView(ctx, saved.doc) };
});

/** The devices' last covered days under the contract's new warranty length (those with their own length stay). */
async function moveWarranties(ctx: UserCtx, customer: CustomerDoc): Promise<void> {
  for (const device of await ctx.db.devices.ofCustomer(customer.id)) {
    const lastDay = warrantyLastDayOf(device, customer);
    if ((device.warrantyLastDay ?? null) !== lastDay)
      await ctx.db.devices.update(device.id, { warrantyLastDay: lastDay });
  }
}
