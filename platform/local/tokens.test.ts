// Tokens: what is signed verifies until it expires; anything altered, truncated or signed elsewhere does not.
import { createHmac } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTokenSigner, loadOrCreateSecret } from './tokens';

const secret = Buffer.alloc(32, 7);
const now = new Date('2026-01-01T00:00:00.000Z');
const later = (ms: number) => new Date(now.getTime() + ms);

describe('token signer', () => {
  const signer = createTokenSigner(secret);

  test('a signed token verifies to its payload before it expires', () => {
    const token = signer.sign({ sub: 'u-1', kind: 'user' }, later(60_000));
    expect(signer.verify(token, now)).toEqual({ sub: 'u-1', kind: 'user' });
    expect(signer.verify(token, later(59_999))).toEqual({ sub: 'u-1', kind: 'user' });
  });

  test('an expired token does not verify', () => {
    const token = signer.sign({ sub: 'o-1', kind: 'openid' }, later(60_000));
    expect(signer.verify(token, later(60_000))).toBeNull();
  });

  test('a token with an altered payload does not verify', () => {
    const token = signer.sign({ sub: 'u-1', kind: 'user' }, later(60_000));
    const [, signature] = token.split('.');
    const forgedBody = Buffer.from(
      JSON.stringify({ sub: 'admin', kind: 'user', exp: later(60_000).getTime() }),
    ).toString('base64url');
    expect(signer.verify(`${forgedBody}.${signature}`, now)).toBeNull();
  });

  test('a token with any one character of its signature changed does not verify, its padding bits included', () => {
    const token = signer.sign({ sub: 'u-1', kind: 'user' }, later(60_000));
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const start = token.indexOf('.') + 1;
    for (let i = start; i < token.length; i++) {
      // flipping the lowest bit of the last character changes only the bits base64url decoding drops
      const changed = `${token.slice(0, i)}${alphabet[alphabet.indexOf(token[i]!) ^ 1]}${token.slice(i + 1)}`;
      expect([i, signer.verify(changed, now)]).toEqual([i, null]);
    }
    // nor with characters the decoder skips
    expect(signer.verify(`${token.slice(0, start)}=${token.slice(start)}`, now)).toBeNull();
    expect(signer.verify(`${token}=`, now)).toBeNull();
  });

  test('a token signed with another secret does not verify', () => {
    const other = createTokenSigner(Buffer.alloc(32, 8));
    expect(signer.verify(other.sign({ sub: 'u-1', kind: 'user' }, later(60_000)), now)).toBeNull();
  });

  test.each(['', 'abc', 'a.b.c', '.', 'x'.repeat(5000), 'eyJ9.AAAA'])('malformed token %# does not verify', (token) => {
    expect(signer.verify(token, now)).toBeNull();
  });

  test('a correctly signed body with a bad payload does not verify', () => {
    const body = Buffer.from(JSON.stringify({ sub: 'u', kind: 'root', exp: later(1000).getTime() })).toString(
      'base64url',
    );
    const sig = createHmac('sha256', secret).update(body).digest('base64url');
    expect(signer.verify(`${body}.${sig}`, now)).toBeNull();
  });

  test('a short secret is refused', () => {
    expect(() => createTokenSigner(Buffer.alloc(16))).toThrow(/32 bytes/);
  });
});

describe('token secret', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'aftercare-secret-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('is created once with 32 random bytes, private, and read back the same on the next start', () => {
    const first = loadOrCreateSecret(dir);
    expect(first).toHaveLength(32);
    expect(statSync(join(dir, 'secret.key')).mode & 0o077).toBe(0);
    expect(loadOrCreateSecret(dir).equals(first)).toBe(true);
    const elsewhere = mkdtempSync(join(tmpdir(), 'aftercare-secret-'));
    expect(loadOrCreateSecret(elsewhere).equals(first)).toBe(false);
    rmSync(elsewhere, { recursive: true, force: true });
  });

  test('a token signed before a restart verifies after it', () => {
    const token = createTokenSigner(loadOrCreateSecret(dir)).sign({ sub: 'u-1', kind: 'user' }, later(60_000));
    expect(createTokenSigner(loadOrCreateSecret(dir)).verify(token, now)).toEqual({ sub: 'u-1', kind: 'user' });
  });

  test('a damaged secret file stops the start instead of silently signing with garbage', () => {
    writeFileSync(join(dir, 'secret.key'), 'not hex');
    expect(() => loadOrCreateSecret(dir)).toThrow(/secret/);
    expect(readFileSync(join(dir, 'secret.key'), 'utf8')).toBe('not hex');
  });
});
