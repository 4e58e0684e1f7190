// GET /api/_signal?room=<booking id>&token=<join token> — the local host as the WebRTC signalling server of video
// calls (@fastify/websocket): the token from bookings.join admits one person to one seat of one room; the hub relays
// between the two seats. A heartbeat closes sockets whose phone went away, so the other side hears `left`.
import fastifyWebsocket from '@fastify/websocket';
import type { FastifyInstance } from 'fastify';
import type { WebSocket } from 'ws';
import type { Logger } from '../platform/ports';
import { sendError } from './reply';
import { CLOSE, SignalHub, type Admission, type HubLimits } from './signal-hub';

export interface SignalOptions {
  /** whom a join token admits to a room (platform/local/calls.ts), or null */
  admit(token: string, roomId: string): Admission | null;
  logger: Logger;
  limits?: HubLimits;
  /** how often sockets are pinged; one that did not answer the last ping is closed */
  heartbeatMs?: number;
}

/** a frame is at most this big (an SDP offer is a few KB) */
const MAX_FRAME_BYTES = 256 * 1024;

/** Registers the WebSocket plugin (before any route, so it sees every upgrade) and the signalling route. */
export async function registerSignalRoutes(app: FastifyInstance, options: SignalOptions): Promise<SignalHub> {
  await app.register(fastifyWebsocket, { options: { maxPayload: MAX_FRAME_BYTES } });
  const hub = new SignalHub(options.logger, options.limits);
  const alive = new WeakMap<WebSocket, boolean>();
  const timedOut = new WeakSet<WebSocket>();
  const sockets = new Set<WebSocket>();

  app.route<{ Querystring: { room?: unknown; token?: unknown } }>({
    method: 'GET',
    url: '/api/_signal',
    handler: (_request, reply) => sendError(reply, 'VALIDATION_FAILED', '视频信令需要 WebSocket 连接'),
    wsHandler: (socket, request) => {
      const { room, token } = request.query;
      const admission = typeof room === 'string' && typeof token === 'string' ? options.admit(token, room) : null;
      if (!admission) {
        options.logger.info({ msg: 'signal refused', reason: 'bad token' });
        socket.close(CLOSE.badToken, 'invalid or expired join token');
        return;
      }
      const peer = hub.join(admission, socket);
      if (!peer) return;
      sockets.add(socket);
      alive.set(socket, true);
      socket.on('pong', () => alive.set(socket, true));
      socket.on('message', (data, isBinary) => hub.message(peer, isBinary ? null : data.toString()));
      socket.on('close', () => {
        sockets.delete(socket);
        hub.leave(peer, timedOut.has(socket) ? 'timeout' : 'closed');
      });
    },
  });

  const heartbeat = setInterval(() => {
    for (const socket of sockets) {
      if (alive.get(socket) === false) {
        timedOut.add(socket);
        socket.terminate();
        continue;
      }
      alive.set(socket, false);
      socket.ping();
    }
  }, options.heartbeatMs ?? 25_000);
  heartbeat.unref();
  app.addHook('onClose', (_instance, done) => {
    clearInterval(heartbeat);
    done();
  });
  return hub;
}
