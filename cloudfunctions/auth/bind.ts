// auth.bind: an unbound WeChat user redeems an invitation code and becomes that customer's user (the contact it
// names, if any) or that staff member.
import { API } from '../../core/api';
import { createHash } from 'node:crypto';
import { AppError } from '../../core/errors';
import { requireUsableInvitation } from '../../core/identity/invitation';
import type { ContactDoc, InvitationDoc, UserDoc } from '../../core/model';
import { toInstant } from '../../core/time';
import type { Db } from '../../platform/collections';
import { action } from '../_lib/action';
import { loadUserView } from '../_lib/users';

export const bind = action(API.auth.bind, async function bind({ code }, ctx) {
  if (ctx.caller.kind !== 'unbound') throw new AppError('CONFLICT', '当前微信已绑定账号，无需重复绑定');
  const openid = ctx.caller.openid;
  const invitation = requireUsableInvitation(await ctx.db.invitations.get(code), ctx.now);
  // Compare-and-set: of two people redeeming one code at once, exactly one wins.
  const used = await ctx.db.invitations.update(
    code,
    { usedBy: openid, usedAt: toInstant(ctx.now) },
    { ifVersion: invitation.version },
  );
  const contact = invitation.contactId ? await ctx.db.contacts.get(invitation.contactId) : null;
  const user = await bindUser(ctx.db, invitation, contact, openid, ctx.now);
  await ctx.db.invitations.update(code, { boundUserId: user.id }, { ifVersion: used.version }).catch(() => {});
  if (contact && !contact.userId) {
    await ctx.db.contacts.update(contact.id, { userId: user.id, updatedAt: toInstant(ctx.now) }).catch(() => {});
  }
  return { user: await loadUserView(ctx.db, user) };
});

async function bindUser(
  db: Db,
  invitation: InvitationDoc,
  contact: ContactDoc | null,
  openid: string,
  now: Date,
): Promise<UserDoc> {
  if (invitation.userId) {
    const existing = await db.users.mustGet(invitation.userId, '用户不存在');
    if (existing.openid) throw new AppError('CONFLICT', '该员工账号已绑定其他微信');
    return db.users.update(existing.id, { openid }, { ifVersion: existing.version });
  }
  // One OPENID, one user: the id derives from the OPENID, so a second concurrent bind cannot create a twin.
  const id = `u-${createHash('sha256').update(openid).digest('hex').slice(0, 16)}`;
  const { doc, created } = await db.users.insertIfAbsent({
    id,
    name: contact?.name ?? invitation.name ?? (invitation.role === 'customer' ? '客户联系人' : '新员工'),
    role: invitation.role,
    openid,
    ...(contact?.phone ? { phone: contact.phone } : {}),
    ...(invitation.customerId ? { customerId: invitation.customerId } : {}),
    createdAt: toInstant(now),
  });
  if (!created) throw new AppError('CONFLICT', '当前微信已绑定账号，无需重复绑定');
  return doc;
}
