// Local video calls: a join token admits one person to one seat of one room, is no sign-in token, and expires.
import { randomBytes } from 'node:crypto';
import { createLocalCalls } from './calls';
import { createTokenSigner } from './tokens';

const secret = randomBytes(32);
let now = new Date('2026-12-07T01:55:00.000Z');
const clock = { now: () => now };

describe('local video calls', () => {
  test('join answers the WebRTC parameters: the signalling socket of the host, the ICE servers, a token', async () => {
    const calls = createLocalCalls({ secret, clock, iceServers: [{ urls: 'stun:stun.example.com:3478' }] });
    await expect(calls.join({ roomId: 'bk_1', seat: 'customer', userId: 'c-1' })).rejects.toMatchObject({
      code: 'INTERNAL',
    });
    calls.listeningAt('http://127.0.0.1:8080');
    const call = await calls.join({ roomId: 'bk_1', seat: 'customer', userId: 'c-1' });
    if (call.provider !== 'webrtc') throw new Error('webrtc expected');
    expect(call).toMatchObject({
      roomId: 'bk_1',
      seat: 'customer',
      iceServers: [{ urls: 'stun:stun.example.com:3478' }],
      expiresAt: '2026-12-07T10:05:00+08:00',
    });
    expect(call.signalUrl).toBe(`ws://127.0.0.1:8080/api/_signal?room=bk_1&token=${encodeURIComponent(call.token)}`);
    expect(calls.admit(call.token, 'bk_1')).toEqual({ roomId: 'bk_1', seat: 'customer', userId: 'c-1' });
    expect(calls.admit(call.token, 'bk_2')).toBeNull();
    expect(calls.admit(`${call.token}x`, 'bk_1')).toBeNull();
    // a join token is not a sign-in token, nor the other way round
    const signIn = createTokenSigner(secret);
    expect(signIn.verify(call.token, now)).toBeNull();
    expect(
      calls.admit(
        signIn.sign(
          { sub: JSON.stringify(['bk_1', 'customer', 'c-1']), kind: 'user' },
          new Date(now.getTime() + 60_000),
        ),
        'bk_1',
      ),
    ).toBeNull();
    now = new Date(now.getTime() + 11 * 60_000);
    expect(calls.admit(call.token, 'bk_1')).toBeNull();
  });

  test('behind a proxy the socket is at the public address (https → wss, path kept)', async () => {
    const calls = createLocalCalls({ secret, clock, iceServers: [], publicUrl: 'https://aftercare.example.com/app/' });
    calls.listeningAt('http://127.0.0.1:8080');
    const call = await calls.join({ roomId: 'bk_1', seat: 'expert', userId: 'e-1' });
    if (call.provider !== 'webrtc') throw new Error('webrtc expected');
    expect(call.signalUrl.startsWith('wss://aftercare.example.com/app/api/_signal?room=bk_1&token=')).toBe(true);
  });
});
