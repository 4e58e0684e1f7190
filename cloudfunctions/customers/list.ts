// customers.list: the customer records by name, a page at a time — searched by a piece of the name, a contact's
// name or phone, or a whole device serial (one lookup in the searchKeys element index), by region and state.
import { API } from '../../core/api';
import { searchTokenOf } from '../../core/masterdata/search-keys';
import { customerSummaryView } from '../../core/masterdata/views';
import { action } from '../_lib/action';
import { paged } from '../_lib/paging';

export const list = action(API.customers.list, async function list(input, ctx) {
  const token = input.q ? searchTokenOf(input.q) : null;
  const page = await paged(input.cursor, () =>
    ctx.db.customers.search(
      { token, active: input.active, region: input.region },
      { limit: input.limit, cursor: input.cursor },
    ),
  );
  return { items: page.items.map(customerSummaryView), nextCursor: page.nextCursor };
});
