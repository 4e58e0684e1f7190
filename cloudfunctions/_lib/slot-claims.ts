// Holding an expert's grid slots for a booking, race-safe on SQLite and CloudBase alike: each (expert, slot) is one
// document with a deterministic id, inserted if absent — of bookings racing for it, exactly one insert creates it and
// the others find it held. A claim is free again once released (bookingId null), or stale: its booking was never
// stored (a crashed attempt, after a short grace for one in flight), or no longer holds that slot (cancelled, moved,
// finished). Taking over a free claim is a compare-and-set, so two takers cannot both win it either.
import { ACTIVE_BOOKING_STATUSES, BOOKING_RULES, slotClaimIdOf, type SlotClaimDoc } from '../../core/booking/types';
import { isAppError } from '../../core/errors';
import { toInstant } from '../../core/time';
import type { Db } from '../../platform/collections';

export interface ClaimContext {
  db: Db;
  now: Date;
}

async function isFree(ctx: ClaimContext, claim: SlotClaimDoc): Promise<boolean> {
  if (!claim.bookingId) return true;
  const booking = await ctx.db.bookings.get(claim.bookingId);
  if (booking) {
    const holds =
      ACTIVE_BOOKING_STATUSES.includes(booking.status) &&
      booking.expertId === claim.expertId &&
      booking.cells.includes(claim.cell);
    if (holds) return false;
  }
  // a booking being stored (or moved here) right now has not written its record yet
  const age = ctx.now.getTime() - Date.parse(claim.claimedAt);
  return age >= BOOKING_RULES.claimGraceSeconds * 1000;
}

async function claimOne(ctx: ClaimContext, expertId: string, cell: string, bookingId: string): Promise<boolean> {
  const id = slotClaimIdOf(expertId, cell);
  const claimedAt = toInstant(ctx.now);
  for (let attempt = 0; attempt < 10; attempt++) {
    const { doc, created } = await ctx.db.slotClaims.insertIfAbsent({ id, expertId, cell, bookingId, claimedAt });
    if (created || doc.bookingId === bookingId) return true;
    if (!(await isFree(ctx, doc))) return false;
    try {
      await ctx.db.slotClaims.update(id, { bookingId, claimedAt }, { ifVersion: doc.version });
      return true;
    } catch (e) {
      // someone else took it over first: look again
      if (!(isAppError(e) && e.code === 'CONFLICT')) throw e;
    }
  }
  return false;
}

/** Releases the slots this booking holds (a claim another booking holds by now is left alone). */
export async function releaseCells(
  ctx: ClaimContext,
  expertId: string,
  cells: readonly string[],
  bookingId: string,
): Promise<void> {
  for (const cell of cells) {
    const id = slotClaimIdOf(expertId, cell);
    for (let attempt = 0; attempt < 10; attempt++) {
      const claim = await ctx.db.slotClaims.get(id);
      if (!claim || claim.bookingId !== bookingId) break;
      try {
        await ctx.db.slotClaims.update(id, { bookingId: null }, { ifVersion: claim.version });
        break;
      } catch (e) {
        if (!(isAppError(e) && e.code === 'CONFLICT')) throw e;
      }
    }
  }
}

/** Claims every slot for the booking, or none: false (and nothing held) when one of them is taken. */
export async function claimCells(
  ctx: ClaimContext,
  expertId: string,
  cells: readonly string[],
  bookingId: string,
): Promise<boolean> {
  const held: string[] = [];
  for (const cell of cells) {
    if (!(await claimOne(ctx, expertId, cell, bookingId))) {
      await releaseCells(ctx, expertId, held, bookingId);
      return false;
    }
    held.push(cell);
  }
  return true;
}

/** Whether the booking still holds all its slots (checked after storing it: a claim lost meanwhile means a clash). */
export async function holdsCells(
  ctx: ClaimContext,
  expertId: string,
  cells: readonly string[],
  bookingId: string,
): Promise<boolean> {
  const claims = await ctx.db.slotClaims.byIds(cells.map((c) => slotClaimIdOf(expertId, c)));
  return cells.length === claims.length && claims.every((c) => c.bookingId === bookingId);
}
