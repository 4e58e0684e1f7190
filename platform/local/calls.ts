// Video calls on the local host: the host itself is the signalling server (a WebSocket at /api/_signal,
// host/signal-routes.ts) and the app's RTCPeerConnection does the rest, peer to peer. bookings.join hands out a
// short-lived token bound to (room, seat, user), signed like the bearer tokens but with a key of its own: a join token
// is never a sign-in token, nor the other way round.
import { createHmac } from 'node:crypto';
import type { Seat } from '../../core/booking/types';
import { AppError } from '../../core/errors';
import type { IceServer } from '../../core/schemas/bookings';
import { toWire } from '../../core/time';
import type { CallProvider, Clock } from '../ports';
import { createTokenSigner } from './tokens';

/** Who a join token lets into a room, and in which seat. */
export interface SignalAdmission {
  roomId: string;
  seat: Seat;
  userId: string;
}

export interface LocalCalls extends CallProvider {
  /** the address the host listens on (http://127.0.0.1:PORT), once it does: the signalling socket's address */
  listeningAt(url: string): void;
  /** whom a join token admits to `roomId`, or null: forged, expired, or for another room */
  admit(token: string, roomId: string): SignalAdmission | null;
}

export interface LocalCallsOptions {
  /** the host's signing secret (the join tokens' key is derived from it) */
  secret: Buffer;
  /** join tokens expire on the system clock, as bearer tokens do */
  clock: Clock;
  /** STUN/TURN servers for the app's RTCPeerConnection (AFTERCARE_ICE_SERVERS); none on loopback */
  iceServers: IceServer[];
  /** the address clients reach the host at behind a proxy (AFTERCARE_PUBLIC_URL); default: where it listens */
  publicUrl?: string;
  /** how long a join token may wait before its socket opens */
  tokenSeconds?: number;
}

export const JOIN_TOKEN_SECONDS = 600;

/** http(s)://host[:port][/prefix] → ws(s)://host[:port][/prefix] */
function socketBase(url: string): string {
  const u = new URL(url);
  const scheme = u.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${u.host}${u.pathname.replace(/\/+$/, '')}`;
}

const SEATS: readonly string[] = ['customer', 'expert'];

export function createLocalCalls(options: LocalCallsOptions): LocalCalls {
  const key = createHmac('sha256', options.secret).update('aftercare call join tokens').digest();
  const signer = createTokenSigner(key);
  const ttl = (options.tokenSeconds ?? JOIN_TOKEN_SECONDS) * 1000;
  let base: string | null = options.publicUrl ? socketBase(options.publicUrl) : null;
  return {
    listeningAt(url) {
      if (!options.publicUrl) base = socketBase(url);
    },
    async join({ roomId, seat, userId }) {
      if (!base) throw new AppError('INTERNAL', '视频信令服务尚未就绪，请稍后重试');
      const expiresAt = new Date(options.clock.now().getTime() + ttl);
      const token = signer.sign({ sub: JSON.stringify([roomId, seat, userId]), kind: 'user' }, expiresAt);
      return {
        provider: 'webrtc',
        signalUrl: `${base}/api/_signal?room=${encodeURIComponent(roomId)}&token=${encodeURIComponent(token)}`,
        iceServers: options.iceServers,
        roomId,
        token,
        seat,
        expiresAt: toWire(expiresAt),
      };
    },
    admit(token, roomId) {
      const payload = signer.verify(token, options.clock.now());
      if (!payload) return null;
      let claims: unknown;
      try {
        claims = JSON.parse(payload.sub);
      } catch {
        return null;
      }
      if (!Array.isArray(claims) || claims.length !== 3) return null;
      const [room, seat, userId] = claims as unknown[];
      if (room !== roomId || typeof seat !== 'string' || !SEATS.includes(seat) || typeof userId !== 'string')
        return null;
      return { roomId, seat: seat as Seat, userId };
    },
  };
}
