// auth.revokeInvitation: an admin withdraws a code nobody has used yet (handed to the wrong person, no longer
// needed); it can no longer bind anyone.
import { API } from '../../core/api';
import { invitationQrPayload } from '../../core/devices/qr';
import { AppError, isAppError } from '../../core/errors';
import { invitationStatus, invitationView } from '../../core/masterdata/views';
import { toInstant } from '../../core/time';
import { action } from '../_lib/action';
import { qrBase } from '../_lib/qr-base';

export const revokeInvitation = action(API.auth.revokeInvitation, async function revokeInvitation({ code }, ctx) {
  const invitation = await ctx.db.invitations.mustGet(code, '邀请码不存在');
  const status = invitationStatus(invitation, ctx.now);
  if (status === 'used')
    throw new AppError('CONFLICT', '该邀请码已被使用，不能作废（如需停用请在员工或联系人档案中操作）');
  if (status === 'revoked') throw new AppError('CONFLICT', '该邀请码已作废');
  const revoked = await ctx.db.invitations
    .update(code, { revokedAt: toInstant(ctx.now), revokedBy: ctx.caller.userId }, { ifVersion: invitation.version })
    .catch((e: unknown) => {
      throw isAppError(e) && e.code === 'CONFLICT' ? new AppError('CONFLICT', '该邀请码刚刚被使用，不能作废') : e;
    });
  const [creator, customer] = await Promise.all([
    ctx.db.users.get(revoked.createdBy),
    revoked.customerId ? ctx.db.customers.get(revoked.customerId) : null,
  ]);
  return {
    invitation: invitationView(revoked, {
      now: ctx.now,
      qr: invitationQrPayload(code, qrBase()),
      customerName: customer?.name ?? null,
      createdByName: creator?.name ?? revoked.createdBy,
      usedBy: null,
    }),
  };
});
