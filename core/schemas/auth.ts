// Inputs and outputs of the `auth` function: sign-in on the local host, who am I, invitations and binding.
import { z } from 'zod';
import { ROLES } from '../model';
import { PersonName, RecordId } from '../masterdata/fields';
import { CalendarDateSchema, Cursor, Empty, Id, PageLimit, Phone, WireInstant } from './common';

export const RoleSchema = z.enum(ROLES);

export const UserView = z.object({
  id: z.string().nullable(),
  name: z.string(),
  role: RoleSchema.nullable(),
  bound: z.boolean(),
  openid: z.string().optional(),
  phone: z.string().optional(),
  customerId: z.string().optional(),
  customerName: z.string().optional(),
  stationId: z.string().optional(),
  stationName: z.string().optional(),
  skills: z.array(z.string()).optional(),
});
export type UserView = z.infer<typeof UserView>;

export const DevLoginInput = z.union([
  z.object({ userId: Id }).strict(),
  z
    .object({
      openid: z
        .string()
        .trim()
        .regex(/^[A-Za-z0-9_-]{6,64}$/, { message: 'openid 格式不正确' }),
    })
    .strict(),
]);
export const DevLoginOutput = z.object({ token: z.string(), expiresAt: WireInstant, user: UserView });

export const MeInput = Empty;
export const MeOutput = z.object({ user: UserView });

export const DemoUsersInput = Empty;
export const DemoUsersOutput = z.object({
  items: z.array(z.object({ id: z.string(), name: z.string(), role: RoleSchema, organisation: z.string() })),
});

/** Invitation codes: 8 characters from an alphabet without look-alikes (0/O, 1/I/L). */
export const INVITATION_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** The alphabet in words, worked out from the alphabet itself so the two cannot drift apart. */
function describeAlphabet(alphabet: string): string {
  const digits = [...alphabet].filter((c) => /\d/.test(c)).sort();
  const missing = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'].filter((c) => !alphabet.includes(c));
  return `由数字 ${digits[0]}–${digits.at(-1)} 和字母（不含 ${missing.join('、')}）组成`;
}

export const InvitationCode = z
  .string()
  .trim()
  .transform((s) => s.toUpperCase().replace(/[\s-]/g, ''))
  .pipe(
    z.string().regex(new RegExp(`^[${INVITATION_ALPHABET}]{8}$`), {
      message: `邀请码为 8 位，${describeAlphabet(INVITATION_ALPHABET)}`,
    }),
  );

export const InviteInput = z
  .object({
    role: RoleSchema,
    /** customer invitations: the organisation the new user acts for */
    customerId: Id.optional(),
    /** staff invitations may bind to an existing staff record (its station and skills) */
    userId: Id.optional(),
    /** customer invitations may name the contact (联系人) the new user acts as: its name and phone become theirs */
    contactId: RecordId.optional(),
    /** the new user's name, when no userId is given */
    name: z.string().trim().min(1).max(40).optional(),
    validDays: z.number().int().min(1).max(30).default(7),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.role === 'customer' && !v.customerId) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['customerId'], message: '客户邀请需指定客户单位' });
    }
    if (v.role !== 'customer' && v.customerId) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['customerId'], message: '员工邀请不能指定客户单位' });
    }
    if (v.role !== 'customer' && v.contactId) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['contactId'], message: '员工邀请不能指定客户联系人' });
    }
  });
export const InviteOutput = z.object({
  code: z.string(),
  role: RoleSchema,
  expiresAt: WireInstant,
  /** what the invitation's QR code carries: the bind page opens with the code (core/devices/qr) */
  qr: z.string(),
});

export const InvitationStatusSchema = z.enum(['unused', 'used', 'expired', 'revoked']);

export const InvitationsInput = z
  .object({
    /** unused: can still be redeemed; used; expired unused; revoked by an admin */
    status: InvitationStatusSchema.optional(),
    cursor: Cursor,
    limit: PageLimit,
  })
  .strict();

export const InvitationView = z.object({
  code: z.string(),
  role: RoleSchema,
  status: InvitationStatusSchema,
  /** 未使用 / 已使用 / 已过期 / 已作废 */
  statusLabel: z.string(),
  customerId: z.string().nullable(),
  customerName: z.string().nullable(),
  contactId: z.string().nullable(),
  /** the staff record it binds, or the name the new user gets */
  userId: z.string().nullable(),
  name: z.string().nullable(),
  createdAt: WireInstant,
  createdByName: z.string(),
  expiresAt: WireInstant,
  usedAt: WireInstant.nullable(),
  /** who redeemed it: the user it became */
  usedByUserId: z.string().nullable(),
  usedByName: z.string().nullable(),
  revokedAt: WireInstant.nullable(),
  qr: z.string(),
});
export type InvitationView = z.infer<typeof InvitationView>;

export const InvitationsOutput = z.object({ items: z.array(InvitationView), nextCursor: z.string().nullable() });

export const RevokeInvitationInput = z.object({ code: InvitationCode }).strict();
export const RevokeInvitationOutput = z.object({ invitation: InvitationView });

/** The first admin of a new deployment: the unbound WeChat user calling becomes it (only while there is no admin). */
export const BootstrapInput = z.object({ name: PersonName, phone: Phone }).strict();
export const BootstrapOutput = z.object({ user: UserView });

export const BindInput = z.object({ code: InvitationCode }).strict();
export const BindOutput = z.object({ user: UserView });

export { CalendarDateSchema };
