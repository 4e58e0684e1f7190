// customers.get: one customer's whole record — sites, contacts, contract. A customer's user sees its own only (any
// other is not found: existence is hidden).
import { API } from '../../core/api';
import { AppError } from '../../core/errors';
import { action } from '../_lib/action';
import { loadCustomerView } from '../_lib/customer-records';

export const get = action(API.customers.get, async function get({ id }, ctx) {
  if (ctx.caller.role === 'customer' && ctx.caller.customerId !== id) {
    throw new AppError('NOT_FOUND', '客户档案不存在');
  }
  const customer = await ctx.db.customers.mustGet(id, '客户档案不存在');
  return { customer: await loadCustomerView(ctx, customer) };
});
