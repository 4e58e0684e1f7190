// The TRTC signer: a UserSig and PrivateMapKey that verify against the key. tls-sig-api-v2 has no verify function,
// so the test decodes the ticket as TRTC does (its base64url variant, zlib, JSON) and recomputes the HMAC-SHA256.
import { createHmac } from 'node:crypto';
import { inflateSync } from 'node:zlib';
import { createTrtcCalls, trtcSettingsFrom, trtcUserIdOf, USER_SIG_SECONDS } from './calls';

const SETTINGS = {
  sdkAppId: 1400000123,
  secretKey: '5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e',
};
const clock = { now: () => new Date('2026-12-07T01:50:00.000Z') };

interface SigDoc {
  'TLS.ver': string;
  'TLS.identifier': string;
  'TLS.sdkappid': number;
  'TLS.time': number;
  'TLS.expire': number;
  'TLS.userbuf'?: string;
  'TLS.sig': string;
}

/** A UserSig's content: the library's base64url (`*` `-` `_` for `+` `/` `=`) of zlib-deflated JSON. */
function decode(sig: string): SigDoc {
  const base64 = sig.replace(/\*/g, '+').replace(/-/g, '/').replace(/_/g, '=');
  return JSON.parse(inflateSync(Buffer.from(base64, 'base64')).toString('utf8')) as SigDoc;
}

/** What TRTC checks: the HMAC-SHA256 of the signed fields with the application's key. */
function verifies(doc: SigDoc, key: string): boolean {
  let content = `TLS.identifier:${doc['TLS.identifier']}\nTLS.sdkappid:${doc['TLS.sdkappid']}\n`;
  content += `TLS.time:${doc['TLS.time']}\nTLS.expire:${doc['TLS.expire']}\n`;
  if (doc['TLS.userbuf'] !== undefined) content += `TLS.userbuf:${doc['TLS.userbuf']}\n`;
  return createHmac('sha256', key).update(content).digest('base64') === doc['TLS.sig'];
}

describe('TRTC join parameters signed in the function', () => {
  test('the UserSig verifies with the key, for this user and application, and with no other key', async () => {
    const call = await createTrtcCalls(SETTINGS, clock).join({
      roomId: 'bk_0123456789abcdef',
      seat: 'customer',
      userId: 'c-1001',
    });
    expect(call).toMatchObject({
      provider: 'trtc',
      sdkAppId: SETTINGS.sdkAppId,
      userId: 'c-1001',
      roomId: 'bk_0123456789abcdef',
    });
    if (call.provider !== 'trtc') throw new Error('trtc expected');
    const doc = decode(call.userSig);
    expect(doc).toMatchObject({
      'TLS.ver': '2.0',
      'TLS.identifier': 'c-1001',
      'TLS.sdkappid': SETTINGS.sdkAppId,
      'TLS.expire': USER_SIG_SECONDS,
    });
    expect(verifies(doc, SETTINGS.secretKey)).toBe(true);
    expect(verifies(doc, `${SETTINGS.secretKey.slice(0, -1)}f`)).toBe(false);
    expect(verifies({ ...doc, 'TLS.identifier': 'e-2901' }, SETTINGS.secretKey)).toBe(false);
    expect(call.expiresAt).toBe('2026-12-07T12:50:00+08:00');
  });

  test('the PrivateMapKey verifies too, and admits this user to this string room only', async () => {
    const call = await createTrtcCalls(SETTINGS, clock).join({ roomId: 'bk_room42', seat: 'expert', userId: 'e-2901' });
    if (call.provider !== 'trtc') throw new Error('trtc expected');
    const doc = decode(call.privateMapKey);
    expect(verifies(doc, SETTINGS.secretKey)).toBe(true);
    const userbuf = Buffer.from(doc['TLS.userbuf']!, 'base64');
    // version 1 (string room), the account, the application, … the room string at the end
    expect(userbuf[0]).toBe(1);
    expect(userbuf.subarray(3, 3 + 'e-2901'.length).toString()).toBe('e-2901');
    expect(userbuf.subarray(userbuf.length - 'bk_room42'.length).toString()).toBe('bk_room42');
    expect(userbuf.readUInt32BE(3 + 'e-2901'.length)).toBe(SETTINGS.sdkAppId);
  });

  test('user ids TRTC would refuse are mapped to a stable id of its alphabet', () => {
    expect(trtcUserIdOf('e-2901')).toBe('e-2901');
    const mapped = trtcUserIdOf('u:微信用户/1');
    expect(mapped).toMatch(/^u_[0-9a-f]{30}$/);
    expect(trtcUserIdOf('u:微信用户/1')).toBe(mapped);
  });

  test('without TRTC_SDK_APP_ID and TRTC_SECRET_KEY the join says what is missing', async () => {
    expect(trtcSettingsFrom({ TRTC_SDK_APP_ID: '1400000123', TRTC_SECRET_KEY: 'k' })).toEqual({
      sdkAppId: 1400000123,
      secretKey: 'k',
    });
    expect(trtcSettingsFrom({ TRTC_SDK_APP_ID: 'abc', TRTC_SECRET_KEY: 'k' })).toBeNull();
    expect(trtcSettingsFrom({ TRTC_SDK_APP_ID: '1400000123' })).toBeNull();
    await expect(
      createTrtcCalls(null, clock).join({ roomId: 'bk_1', seat: 'customer', userId: 'c-1001' }),
    ).rejects.toMatchObject({ code: 'INTERNAL', message: expect.stringContaining('TRTC_SECRET_KEY') });
  });
});
