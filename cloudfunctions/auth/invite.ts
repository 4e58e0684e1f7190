// auth.invite: an admin issues a one-time invitation code binding a WeChat user to a customer (optionally as one of
// its contacts) or a staff role; the answer carries what the code's QR carries, for the bind page.
import { API } from '../../core/api';
import { randomBytes } from 'node:crypto';
import { invitationQrPayload } from '../../core/devices/qr';
import { AppError } from '../../core/errors';
import { invitationCodeFrom } from '../../core/identity/invitation';
import type { InvitationDoc } from '../../core/model';
import { toInstant, toWire } from '../../core/time';
import { action } from '../_lib/action';
import { qrBase } from '../_lib/qr-base';

export const invite = action(API.auth.invite, async function invite(input, ctx) {
  if (input.customerId) await ctx.db.customers.mustGet(input.customerId, '客户单位不存在');
  if (input.contactId) {
    const contact = await ctx.db.contacts.get(input.contactId);
    if (!contact || contact.customerId !== input.customerId) {
      throw new AppError('NOT_FOUND', '该客户没有这位联系人', [{ path: 'contactId', message: '联系人不存在' }]);
    }
    if (contact.active === false) throw new AppError('CONFLICT', `联系人 ${contact.name} 已停用`);
    if (contact.userId) throw new AppError('CONFLICT', `联系人 ${contact.name} 已绑定微信`);
  }
  if (input.userId) {
    const target = await ctx.db.users.mustGet(input.userId, '用户不存在');
    if (target.role !== input.role) throw new AppError('VALIDATION_FAILED', '邀请的角色与该用户的角色不一致');
    if (target.openid) throw new AppError('CONFLICT', '该用户已绑定微信');
    if (target.active === false) throw new AppError('CONFLICT', `${target.name} 的账号已停用，请先恢复在职`);
  }
  const expiresAt = new Date(ctx.now.getTime() + input.validDays * 86_400_000);
  // A fresh code collides with a stored one about once in 10^12; retry rather than fail.
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const code = invitationCodeFrom(randomBytes(32));
    if (!code) continue;
    const doc: Omit<InvitationDoc, 'version'> = {
      id: code,
      code,
      role: input.role,
      ...(input.customerId ? { customerId: input.customerId } : {}),
      ...(input.contactId ? { contactId: input.contactId } : {}),
      ...(input.userId ? { userId: input.userId } : {}),
      ...(input.name ? { name: input.name } : {}),
      createdBy: ctx.caller.userId,
      createdAt: toInstant(ctx.now),
      expiresAt: toInstant(expiresAt),
    };
    const { created } = await ctx.db.invitations.insertIfAbsent(doc);
    if (created) {
      return { code, role: input.role, expiresAt: toWire(expiresAt), qr: invitationQrPayload(code, qrBase()) };
    }
  }
  throw new AppError('INTERNAL', '生成邀请码失败，请重试');
});
