// customers.saveContact: an admin creates or edits a contact person of a customer. One contact is primary at a
// time: making one primary demotes the one before (each change in history); the customer's contact name and phone
// follow the primary. A contact who leaves (active: false) takes their app account with them, and gets it back when
// they return.
import { API } from '../../core/api';
import { AppError } from '../../core/errors';
import { customerScopeOf, recordKeyOf } from '../../core/masterdata/changes';
import { decideContactSave } from '../../core/masterdata/customer';
import { contactView, customerSummaryView } from '../../core/masterdata/views';
import { toInstant } from '../../core/time';
import { action } from '../_lib/action';
import { refreshCustomer } from '../_lib/customer-records';
import { saveRecord } from '../_lib/history';
import { createdId } from '../_lib/record-ids';

export const saveContact = action(API.customers.saveContact, async function saveContact(input, ctx) {
  const customer = await ctx.db.customers.mustGet(input.customerId, '客户档案不存在');
  const id = input.contact.id ?? createdId('ct', ctx.caller.userId, input.clientRequestId, ctx.now);
  const [contacts, sites, current] = await Promise.all([
    ctx.db.contacts.ofCustomer(customer.id),
    ctx.db.sites.ofCustomer(customer.id),
    ctx.db.contacts.get(id),
  ]);
  if (current && current.customerId !== customer.id) throw new AppError('NOT_FOUND', '联系人不存在');
  const siteName = (siteId?: string) => sites.find((s) => s.id === siteId)?.name ?? null;
  if (!input.contact.id && current) {
    const refreshed = await refreshCustomer(ctx, customer.id);
    return { contact: contactView(current, siteName(current.siteId)), customer: customerSummaryView(refreshed) };
  }
  const decide = (stored: typeof current) =>
    decideContactSave({
      current: stored,
      customerId: customer.id,
      id,
      fields: input.contact,
      contacts,
      sites,
      now: ctx.now,
    });
  // decided once first: a refusal (the primary left without a successor) writes nothing
  const { demoted } = decide(current);
  const scope = customerScopeOf(customer.id);
  const saved = await saveRecord(ctx, ctx.db.contacts, id, (stored) => decide(stored).contact, {
    kind: 'contact',
    scope,
    ifVersion: input.ifVersion,
    initial: current,
  });
  for (const before of demoted) {
    await saveRecord(
      ctx,
      ctx.db.contacts,
      before.id,
      (stored) => ({ ...(stored ?? before), primary: false, updatedAt: toInstant(ctx.now) }),
      { kind: 'contact', scope, note: `主要联系人改为 ${saved.doc.name}` },
    );
  }
  if (saved.changed && saved.doc.userId && (current?.active !== false) !== (saved.doc.active !== false)) {
    const active = saved.doc.active !== false;
    await saveRecord(ctx, ctx.db.users, saved.doc.userId, (stored) => ({ ...stored!, active }), {
      kind: 'user',
      scope: recordKeyOf('user', saved.doc.userId),
      note: active ? `联系人 ${saved.doc.name} 恢复` : `联系人 ${saved.doc.name} 已停用`,
    });
  }
  const refreshed = await refreshCustomer(ctx, customer.id);
  return { contact: contactView(saved.doc, siteName(saved.doc.siteId)), customer: customerSummaryView(refreshed) };
});
