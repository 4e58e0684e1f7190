// Human-readable ticket numbers that reveal nothing about other customers: GD + the business date + the customer's
// four-character code + the customer's own sequence of the day (GD20261125-K7M2-001). A customer reading their number
// learns how many tickets *they* reported that day, never the company-wide volume.
import { INVITATION_ALPHABET } from '../schemas/auth';
import { calendarDateOf } from '../time';

const CODE_LENGTH = 4;

/** 32-bit FNV-1a with a final avalanche (murmur3's), so similar ids ("cust-1001", "cust-1002") get unrelated codes. */
function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * A customer's code in ticket numbers: four characters from the invitation alphabet (no 0/O, 1/I/L), derived from the
 * customer id, so it needs no registry. Two customers may (rarely) share a code: they then share its daily counter
 * (ticketCounterId), so numbers stay unique.
 */
export function customerTicketCode(customerId: string): string {
  const n = INVITATION_ALPHABET.length;
  let h = hash32(customerId) % n ** CODE_LENGTH;
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) {
    code = INVITATION_ALPHABET[h % n]! + code;
    h = Math.floor(h / n);
  }
  return code;
}

export function ticketNumber(at: Date, customerId: string, sequence: number): string {
  const date = calendarDateOf(at).replace(/-/g, '');
  return `GD${date}-${customerTicketCode(customerId)}-${String(sequence).padStart(3, '0')}`;
}

/** The counter that numbers one business day's tickets of one customer code (one atomic increment per report). */
export function ticketCounterId(at: Date, customerId: string): string {
  return `ticket-no-${calendarDateOf(at)}-${customerTicketCode(customerId)}`;
}
