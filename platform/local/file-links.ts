// Short-lived signed file links for the local host (like CloudBase storage's temporary URLs): the service hands one
// out inside a view the caller may see, and possession of a fresh link is what GET /api/_files/<id> asks for.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Clock } from '../ports';

/** 10 minutes: long enough to look at a ticket, short enough that a link given away soon stops working */
export const DEFAULT_FILE_LINK_SECONDS = 10 * 60;
/** a link never outlives a day, whatever the configuration */
export const MAX_FILE_LINK_SECONDS = 24 * 60 * 60;

export type FileLinkCheck = 'valid' | 'missing' | 'invalid' | 'expired';

export interface FileLinks {
  /** `/api/_files/<id>?exp=<unix seconds>&sig=<signature>` */
  url(fileId: string): string;
  /** whether `exp` and `sig` (as they came in the query) are a live signature of this file */
  check(fileId: string, exp: unknown, sig: unknown): FileLinkCheck;
  /** seconds until `exp` (0 once it has passed): how long a browser may keep what it got */
  secondsLeft(exp: string): number;
}

export interface FileLinkOptions {
  /** the host's secret (secret.key); a key for file links is derived from it, never the token key itself */
  secret: Buffer;
  /** the system clock: links expire in real time even when the dev clock runs ahead (as tokens do) */
  clock: Clock;
  /** how long a link lives; default 10 minutes */
  ttlSeconds?: number;
}

const SIGNATURE_BYTES = 16;
const EXP = /^\d{1,12}$/;
const SIG = /^[A-Za-z0-9_-]{22}$/; // 16 bytes in base64url

export function createFileLinks({ secret, clock, ttlSeconds = DEFAULT_FILE_LINK_SECONDS }: FileLinkOptions): FileLinks {
  if (!Number.isInteger(ttlSeconds) || ttlSeconds < 1 || ttlSeconds > MAX_FILE_LINK_SECONDS) {
    throw new RangeError(`a file link lives 1 to ${MAX_FILE_LINK_SECONDS} seconds, not ${ttlSeconds}`);
  }
  const key = createHmac('sha256', secret).update('aftercare file links v1').digest();
  const signature = (fileId: string, exp: string) =>
    createHmac('sha256', key).update(`${fileId}\n${exp}`).digest().subarray(0, SIGNATURE_BYTES);
  // Expiry rounded up to a step (a minute at most), so the same view asked twice in that step gives the same link
  // and the browser's cache of the picture is used.
  const step = Math.max(1, Math.min(60, Math.floor(ttlSeconds / 10)));
  const nowSeconds = () => clock.now().getTime() / 1000;

  return {
    url(fileId) {
      const exp = String(Math.ceil((nowSeconds() + ttlSeconds) / step) * step);
      const sig = signature(fileId, exp).toString('base64url');
      return `/api/_files/${encodeURIComponent(fileId)}?exp=${exp}&sig=${sig}`;
    },
    check(fileId, exp, sig) {
      if (exp === undefined && sig === undefined) return 'missing';
      if (typeof exp !== 'string' || typeof sig !== 'string' || !EXP.test(exp) || !SIG.test(sig)) {
        return sig === undefined || exp === undefined ? 'missing' : 'invalid';
      }
      // compared as text: base64url leaves spare bits in the last character, and only the canonical form is the link
      const expected = Buffer.from(signature(fileId, exp).toString('base64url'));
      if (!timingSafeEqual(Buffer.from(sig), expected)) return 'invalid';
      return Number(exp) > nowSeconds() ? 'valid' : 'expired';
    },
    secondsLeft(exp) {
      return Math.max(0, Math.floor(Number(exp) - nowSeconds()));
    },
  };
}
