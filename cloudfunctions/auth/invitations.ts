// auth.invitations: the codes issued, newest first, by state (unused / used by whom when / expired / revoked), each
// with its QR payload (the bind page opens with it).
import { API } from '../../core/api';
import { invitationQrPayload } from '../../core/devices/qr';
import { invitationView } from '../../core/masterdata/views';
import { toInstant } from '../../core/time';
import { action } from '../_lib/action';
import { paged } from '../_lib/paging';
import { qrBase } from '../_lib/qr-base';

export const invitations = action(API.auth.invitations, async function invitations(input, ctx) {
  const page = await paged(input.cursor, () =>
    ctx.db.invitations.page(input.status, toInstant(ctx.now), { limit: input.limit, cursor: input.cursor }),
  );
  const userIds = page.items.flatMap((i) => [i.createdBy, ...(i.boundUserId ? [i.boundUserId] : [])]);
  const usedByOpenid = page.items.filter((i) => i.usedBy && !i.boundUserId).map((i) => i.usedBy!);
  const [users, customers, byOpenid] = await Promise.all([
    ctx.db.users.byIds(userIds),
    ctx.db.customers.byIds(page.items.flatMap((i) => (i.customerId ? [i.customerId] : []))),
    Promise.all(usedByOpenid.map((openid) => ctx.db.users.byOpenid(openid))),
  ]);
  const userById = new Map(users.map((u) => [u.id, u]));
  const userByOpenid = new Map(byOpenid.filter((u) => u !== null).map((u) => [u.openid!, u]));
  const customerName = new Map(customers.map((c) => [c.id, c.name]));
  const base = qrBase();
  const items = page.items.map((inv) =>
    invitationView(inv, {
      now: ctx.now,
      qr: invitationQrPayload(inv.code, base),
      customerName: inv.customerId ? (customerName.get(inv.customerId) ?? null) : null,
      createdByName: userById.get(inv.createdBy)?.name ?? inv.createdBy,
      usedBy: inv.boundUserId
        ? (userById.get(inv.boundUserId) ?? null)
        : inv.usedBy
          ? (userByOpenid.get(inv.usedBy) ?? null)
          : null,
    }),
  );
  return { items, nextCursor: page.nextCursor };
});
