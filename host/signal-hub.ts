// The local host's WebRTC signalling rooms: one room per booking, exactly two seats (the booking's customer side and
// its expert), each held by one socket. A seat's own user connecting again replaces the old socket (a rejoin); anyone
// else is refused. Offers, answers, ICE candidates and media state go to the other seat only — never stored, never to
// a third party — and presence (`joined`, `left`) is told to the other seat. The protocol: docs/video-help.md.
import { z } from 'zod';
import type { Seat } from '../core/booking/types';
import type { Logger } from '../platform/ports';

/** What the hub needs of a socket (a `ws` WebSocket, or a fake in tests). */
export interface PeerSocket {
  send(text: string): void;
  close(code: number, reason: string): void;
}

export interface Admission {
  roomId: string;
  seat: Seat;
  userId: string;
}

export interface Peer extends Admission {
  socket: PeerSocket;
  /** when each of its recent messages came (the rate limit) */
  recent: number[];
  /** closed by the hub (replaced, refused, too many messages): its close tells nobody again */
  done: boolean;
}

/** WebSocket close codes the app can tell apart (4000–4999 are the application's own). */
export const CLOSE = {
  /** a newer connection of the same person took the seat */
  replaced: 4000,
  /** no token, a forged or expired one, or one for another room */
  badToken: 4401,
  /** the seat is held by someone else: only the booking's two people are in the room */
  seatTaken: 4403,
  /** too many messages */
  flooding: 4429,
} as const;

const Candidate = z
  .object({
    candidate: z.string().max(4000),
    sdpMid: z.string().max(64).nullable().optional(),
    sdpMLineIndex: z.number().int().min(0).max(255).nullable().optional(),
    usernameFragment: z.string().max(256).nullable().optional(),
  })
  .strict();

/** What a client may send. Relayed to the other seat as is, with `from` (the sender's seat) added. */
export const ClientMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('offer'), sdp: z.string().min(1).max(200_000) }).strict(),
  z.object({ type: z.literal('answer'), sdp: z.string().min(1).max(200_000) }).strict(),
  /** null: the end of the sender's candidates */
  z.object({ type: z.literal('candidate'), candidate: Candidate.nullable() }).strict(),
  /** camera or microphone switched (the other side can say so) */
  z.object({ type: z.literal('state'), camera: z.boolean().optional(), microphone: z.boolean().optional() }).strict(),
  /** hanging up: relayed, then the sender's socket is closed */
  z.object({ type: z.literal('bye') }).strict(),
  /** answered with pong (a keep-alive the app may send) */
  z.object({ type: z.literal('ping') }).strict(),
]);

export interface HubLimits {
  /** messages a socket may send per window */
  messages: number;
  windowMs: number;
}

const DEFAULT_LIMITS: HubLimits = { messages: 300, windowMs: 10_000 };
const other = (seat: Seat): Seat => (seat === 'customer' ? 'expert' : 'customer');

export class SignalHub {
  private readonly rooms = new Map<string, Map<Seat, Peer>>();

  constructor(
    private readonly log: Logger,
    private readonly limits: HubLimits = DEFAULT_LIMITS,
    private readonly now: () => number = Date.now,
  ) {}

  /** How many sockets are in a room (tests, logs). */
  size(roomId: string): number {
    return this.rooms.get(roomId)?.size ?? 0;
  }

  /** Seats the admitted user; null (the socket closed) when their seat is someone else's. */
  join(admission: Admission, socket: PeerSocket): Peer | null {
    const room = this.rooms.get(admission.roomId) ?? new Map<Seat, Peer>();
    const held = room.get(admission.seat);
    if (held && held.userId !== admission.userId) {
      this.log.info({ msg: 'signal refused', room: admission.roomId, seat: admission.seat, reason: 'seat taken' });
      socket.close(CLOSE.seatTaken, 'seat taken');
      return null;
    }
    if (held) {
      held.done = true;
      send(held.socket, { type: 'replaced' });
      held.socket.close(CLOSE.replaced, 'replaced by a newer connection');
    }
    const peer: Peer = { ...admission, socket, recent: [], done: false };
    room.set(admission.seat, peer);
    this.rooms.set(admission.roomId, room);
    const there = room.get(other(admission.seat));
    send(socket, {
      type: 'welcome',
      roomId: admission.roomId,
      seat: admission.seat,
      userId: admission.userId,
      peer: there ? { seat: there.seat, userId: there.userId } : null,
    });
    if (there) send(there.socket, { type: 'joined', seat: peer.seat, userId: peer.userId, rejoined: Boolean(held) });
    this.log.info({ msg: 'signal joined', room: admission.roomId, seat: admission.seat, rejoin: Boolean(held) });
    return peer;
  }

  /** One text frame from a peer: validated, then relayed to the other seat (or answered). */
  message(peer: Peer, text: string | null): void {
    if (peer.done) return;
    const at = this.now();
    peer.recent = peer.recent.filter((t) => at - t < this.limits.windowMs);
    peer.recent.push(at);
    if (peer.recent.length > this.limits.messages) {
      send(peer.socket, { type: 'error', code: 'flooding', message: '消息过于频繁，连接已关闭，请重新加入' });
      this.close(peer, CLOSE.flooding, 'too many messages');
      return;
    }
    const parsed = text === null ? null : parseJson(text);
    const message = parsed === undefined || parsed === null ? null : ClientMessage.safeParse(parsed);
    if (!message?.success) {
      send(peer.socket, { type: 'error', code: 'bad-message', message: '无法识别的信令消息' });
      return;
    }
    const m = message.data;
    if (m.type === 'ping') {
      send(peer.socket, { type: 'pong' });
      return;
    }
    const there = this.rooms.get(peer.roomId)?.get(other(peer.seat));
    if (there) send(there.socket, { ...m, from: peer.seat });
    else if (m.type !== 'bye') send(peer.socket, { type: 'error', code: 'no-peer', message: '对方尚未加入' });
    if (m.type === 'bye') this.close(peer, 1000, 'bye');
  }

  /** The peer's socket closed (or the hub closed it): the seat is free, the other seat told. */
  leave(peer: Peer, reason: string): void {
    const room = this.rooms.get(peer.roomId);
    if (!room || room.get(peer.seat) !== peer) return;
    room.delete(peer.seat);
    if (!room.size) this.rooms.delete(peer.roomId);
    const there = room.get(other(peer.seat));
    if (there) send(there.socket, { type: 'left', seat: peer.seat, userId: peer.userId, reason });
    this.log.info({ msg: 'signal left', room: peer.roomId, seat: peer.seat, reason });
  }

  private close(peer: Peer, code: number, reason: string): void {
    this.leave(peer, reason);
    peer.done = true;
    peer.socket.close(code, reason);
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function send(socket: PeerSocket, message: Record<string, unknown>): void {
  socket.send(JSON.stringify(message));
}
