// changes.list: the edit history of one record, newest first — for a customer, with its sites, contacts and devices.
import { API } from '../../core/api';
import { customerScopeOf, recordKeyOf } from '../../core/masterdata/changes';
import { changeView } from '../../core/masterdata/views';
import { action } from '../_lib/action';
import { paged } from '../_lib/paging';

export const list = action(API.changes.list, async function list(input, ctx) {
  const page = { limit: input.limit, cursor: input.cursor };
  const found = await paged(input.cursor, () =>
    input.kind === 'customer'
      ? ctx.db.changes.inScope(customerScopeOf(input.recordId), page)
      : ctx.db.changes.ofRecord(recordKeyOf(input.kind, input.recordId), page),
  );
  return { items: found.items.map(changeView), nextCursor: found.nextCursor };
});
