// Invitation codes: issued by an admin, used once, before they expire, to bind a WeChat user to a role.
import { AppError } from '../errors';
import type { InvitationDoc } from '../model';
import { INVITATION_ALPHABET } from '../schemas/auth';

/**
 * An 8-character code from random bytes (the caller supplies the randomness: core does no I/O). Bytes that would
 * bias the alphabet (≥ 248 = 8 × 31) are skipped, so give it 32 bytes; null when they were not enough.
 */
export function invitationCodeFrom(randomBytes: Uint8Array): string | null {
  const n = INVITATION_ALPHABET.length;
  const limit = 256 - (256 % n);
  let code = '';
  for (const byte of randomBytes) {
    if (byte >= limit) continue;
    code += INVITATION_ALPHABET[byte % n];
    if (code.length === 8) return code;
  }
  return null;
}

/** Throws unless the invitation can be used now. */
export function requireUsableInvitation(invitation: InvitationDoc | null, now: Date): InvitationDoc {
  if (!invitation) throw new AppError('NOT_FOUND', '邀请码无效，请核对后重试');
  if (invitation.usedBy) throw new AppError('CONFLICT', '该邀请码已被使用');
  if (invitation.revokedAt) throw new AppError('CONFLICT', '该邀请码已作废，请联系管理员重新获取');
  if (Date.parse(invitation.expiresAt) <= now.getTime())
    throw new AppError('CONFLICT', '邀请码已过期，请联系管理员重新获取');
  return invitation;
}
