// The reviewer's way in: a demo organisation with devices, and usable codes; a second run issues only what is missing.
import { requireUsableInvitation } from '../../core/identity/invitation';
import { dbOf } from '../../platform/collections';
import { openSqliteStore } from '../../platform/local/sqlite-store';
import { ensureReviewerAccess, REVIEW_CODE_DAYS, REVIEW_CUSTOMER_ID } from './reviewer';

describe('reviewer access', () => {
  const now = new Date('2026-12-01T02:00:00.000Z');

  test('creates the organisation, its devices and usable customer codes, once', async () => {
    const store = openSqliteStore(':memory:');
    try {
      const first = await ensureReviewerAccess(store, now, 3);
      expect(first.issued).toBe(3);
      expect(first.codes).toHaveLength(3);
      const db = dbOf(store);
      expect((await db.customers.mustGet(REVIEW_CUSTOMER_ID)).name).toBe('微信审核演示单位');
      expect((await db.devices.ofCustomer(REVIEW_CUSTOMER_ID)).map((d) => d.serial)).toEqual(['REVIEW-A', 'REVIEW-B']);
      for (const { code, expiresAt } of first.codes) {
        const invitation = requireUsableInvitation(await db.invitations.get(code), now);
        expect(invitation).toMatchObject({ role: 'customer', customerId: REVIEW_CUSTOMER_ID });
        expect(Date.parse(expiresAt) - now.getTime()).toBe(REVIEW_CODE_DAYS * 86_400_000);
      }

      // one code used: the next run issues one, and keeps the two still unused
      await db.invitations.update(first.codes[0]!.code, { usedBy: 'o-reviewer', usedAt: now.toISOString() });
      const second = await ensureReviewerAccess(store, now, 3);
      expect(second.issued).toBe(1);
      expect(second.codes.map((c) => c.code)).toEqual(
        expect.arrayContaining([first.codes[1]!.code, first.codes[2]!.code]),
      );
      expect(second.codes.map((c) => c.code)).not.toContain(first.codes[0]!.code);
      expect(await db.customers.count({ id: REVIEW_CUSTOMER_ID })).toBe(1);

      // nothing missing: nothing issued
      expect((await ensureReviewerAccess(store, now, 3)).issued).toBe(0);
    } finally {
      store.close();
    }
  });
});
