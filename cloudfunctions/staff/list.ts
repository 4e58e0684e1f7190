// staff.list: the service's people by name, a page at a time — by role, station, state, or a search of name and
// phone — each with their station and their open load now.
import { API } from '../../core/api';
import { searchTokenOf } from '../../core/masterdata/search-keys';
import { STAFF_ROLES } from '../../core/model';
import { action } from '../_lib/action';
import { paged } from '../_lib/paging';
import { staffViewsOf } from '../_lib/staff-views';

export const list = action(API.staff.list, async function list(input, ctx) {
  const page = await paged(input.cursor, () =>
    ctx.db.users.searchStaff(
      {
        roles: input.role ? [input.role] : STAFF_ROLES,
        stationId: input.stationId,
        token: input.q ? searchTokenOf(input.q) : null,
        active: input.active,
      },
      { limit: input.limit, cursor: input.cursor },
    ),
  );
  return { items: await staffViewsOf(ctx, page.items), nextCursor: page.nextCursor };
});
