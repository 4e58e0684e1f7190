// Signed, expiring bearer tokens for the local host (HMAC-SHA256), and the secret that survives restarts.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface TokenPayload {
  /** a user id (kind "user") or a WeChat OPENID not bound yet (kind "openid") */
  sub: string;
  kind: 'user' | 'openid';
}

export interface TokenSigner {
  sign(payload: TokenPayload, expiresAt: Date): string;
  /** the payload, or null when the token is malformed, forged or expired */
  verify(token: string, now: Date): TokenPayload | null;
}

const MIN_SECRET_BYTES = 32;
// a real token is ~150 characters; refusing long input early keeps garbage out of JSON.parse
const MAX_TOKEN_LENGTH = 2048;

export function createTokenSigner(secret: Buffer): TokenSigner {
  if (secret.length < MIN_SECRET_BYTES) throw new Error(`token secret must be at least ${MIN_SECRET_BYTES} bytes`);
  const mac = (body: string) => createHmac('sha256', secret).update(body).digest();

  return {
    sign(payload, expiresAt) {
      const body = Buffer.from(
        JSON.stringify({ sub: payload.sub, kind: payload.kind, exp: expiresAt.getTime() }),
      ).toString('base64url');
      return `${body}.${mac(body).toString('base64url')}`;
    },
    verify(token, now) {
      if (typeof token !== 'string' || token.length > MAX_TOKEN_LENGTH) return null;
      const parts = token.split('.');
      if (parts.length !== 2) return null;
      const [body, signature] = parts as [string, string];
      const given = Buffer.from(signature, 'base64url');
      // the text must be the signature's one spelling: base64url ignores the last character's padding bits, so four
      // variants of a real token (or stray characters Node skips) would decode to the same bytes and verify
      if (given.toString('base64url') !== signature) return null;
      const expected = mac(body);
      // timingSafeEqual needs equal lengths; a length mismatch is a forgery anyway
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
      return payloadOf(body, now);
    },
  };
}

function payloadOf(body: string, now: Date): TokenPayload | null {
  let claims: unknown;
  try {
    claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  const c = claims as { sub?: unknown; kind?: unknown; exp?: unknown } | null;
  if (!c || typeof c.sub !== 'string' || c.sub === '' || typeof c.exp !== 'number') return null;
  if (c.kind !== 'user' && c.kind !== 'openid') return null;
  if (c.exp <= now.getTime()) return null;
  return { sub: c.sub, kind: c.kind };
}

/**
 * The signing secret in `<dataDir>/secret.key` (hex), created with 32 random bytes on first start, so tokens stay
 * valid across restarts. Created exclusively (wx) so two hosts starting at once agree on one secret.
 */
export function loadOrCreateSecret(dataDir: string): Buffer {
  const file = join(dataDir, 'secret.key');
  mkdirSync(dataDir, { recursive: true });
  try {
    writeFileSync(file, `${randomBytes(MIN_SECRET_BYTES).toString('hex')}\n`, { flag: 'wx', mode: 0o600 });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
  const text = readFileSync(file, 'utf8').trim();
  if (!/^([0-9a-f]{2}){32,}$/i.test(text)) throw new Error(`${file} is not a hex secret of at least 32 bytes`);
  return Buffer.from(text, 'hex');
}
