// Ids of new master-data records: from (caller, clientRequestId) when the create names its request — so a replay
// finds the record it created — else fresh, in creation order (time first, then random bits).
import { createHash, randomBytes } from 'node:crypto';

/** `<prefix>-<time><random>`: ids of one kind sort in creation order. */
export function newRecordId(prefix: string, now: Date): string {
  return `${prefix}-${now.getTime().toString(36).padStart(9, '0')}${randomBytes(3).toString('hex')}`;
}

/** The same caller naming the same request gets the same id (a double tap, a retry after a lost answer). */
export function requestRecordId(prefix: string, userId: string, clientRequestId: string): string {
  return `${prefix}-${createHash('sha256').update(`${prefix}\n${userId}\n${clientRequestId}`).digest('hex').slice(0, 16)}`;
}

/** The id of a create: from its request when it names one, else fresh. */
export function createdId(prefix: string, userId: string, clientRequestId: string | undefined, now: Date): string {
  return clientRequestId ? requestRecordId(prefix, userId, clientRequestId) : newRecordId(prefix, now);
}

/** A key naming (caller, clientRequestId), stored on a record whose id is not ours to choose (a device: its serial). */
export function requestKeyOf(userId: string, clientRequestId: string): string {
  return createHash('sha256').update(`${userId}\n${clientRequestId}`).digest('hex').slice(0, 32);
}
