// The signalling rooms without a network: two seats, relays to the other seat only, rejoin, refusals, bad frames.
import { CLOSE, SignalHub, type PeerSocket } from './signal-hub';

const quiet = { info() {}, error() {} };

function socket() {
  const sent: any[] = [];
  const closed: { code: number; reason: string }[] = [];
  const s: PeerSocket & { sent: any[]; closed: typeof closed } = {
    sent,
    closed,
    send: (text) => sent.push(JSON.parse(text)),
    close: (code, reason) => closed.push({ code, reason }),
  };
  return s;
}

const room = 'bk_1';
const customer = { roomId: room, seat: 'customer' as const, userId: 'c-1' };
const expert = { roomId: room, seat: 'expert' as const, userId: 'e-1' };

describe('signalling rooms', () => {
  test('two seats: welcome, presence to the other side, messages relayed to it alone with the sender’s seat', () => {
    const hub = new SignalHub(quiet);
    const [c, e] = [socket(), socket()];
    const pc = hub.join(customer, c)!;
    expect(c.sent).toEqual([{ type: 'welcome', roomId: room, seat: 'customer', userId: 'c-1', peer: null }]);
    const pe = hub.join(expert, e)!;
    expect(e.sent[0]).toMatchObject({ type: 'welcome', peer: { seat: 'customer', userId: 'c-1' } });
    expect(c.sent[1]).toEqual({ type: 'joined', seat: 'expert', userId: 'e-1', rejoined: false });
    hub.message(pe, JSON.stringify({ type: 'offer', sdp: 'v=0' }));
    expect(c.sent.at(-1)).toEqual({ type: 'offer', sdp: 'v=0', from: 'expert' });
    hub.message(pc, JSON.stringify({ type: 'candidate', candidate: null }));
    expect(e.sent.at(-1)).toEqual({ type: 'candidate', candidate: null, from: 'customer' });
    hub.message(pc, JSON.stringify({ type: 'state', camera: false }));
    expect(e.sent.at(-1)).toEqual({ type: 'state', camera: false, from: 'customer' });
    hub.message(pc, JSON.stringify({ type: 'ping' }));
    expect(c.sent.at(-1)).toEqual({ type: 'pong' });
    hub.leave(pc, 'closed');
    expect(e.sent.at(-1)).toEqual({ type: 'left', seat: 'customer', userId: 'c-1', reason: 'closed' });
    expect(hub.size(room)).toBe(1);
  });

  test('a third person is refused; the seat’s own user coming back replaces the old socket', () => {
    const hub = new SignalHub(quiet);
    const [c, e, stranger, c2] = [socket(), socket(), socket(), socket()];
    hub.join(customer, c);
    hub.join(expert, e);
    expect(hub.join({ ...customer, userId: 'c-9' }, stranger)).toBeNull();
    expect(stranger.closed).toEqual([{ code: CLOSE.seatTaken, reason: 'seat taken' }]);
    const again = hub.join(customer, c2)!;
    expect(c.sent.at(-1)).toEqual({ type: 'replaced' });
    expect(c.closed).toEqual([{ code: CLOSE.replaced, reason: 'replaced by a newer connection' }]);
    expect(e.sent.at(-1)).toMatchObject({ type: 'joined', seat: 'customer', rejoined: true });
    expect(hub.size(room)).toBe(2);
    // bye: the other side hears it and that the sender left; the sender's socket closes
    hub.message(again, JSON.stringify({ type: 'bye' }));
    expect(e.sent.slice(-2)).toEqual([
      { type: 'bye', from: 'customer' },
      { type: 'left', seat: 'customer', userId: 'c-1', reason: 'bye' },
    ]);
    expect(c2.closed).toEqual([{ code: 1000, reason: 'bye' }]);
  });

  test('frames that are not the protocol are answered with an error and never relayed; a flood closes the socket', () => {
    let now = 0;
    const hub = new SignalHub(quiet, { messages: 3, windowMs: 1000 }, () => now);
    const [c, e] = [socket(), socket()];
    const pc = hub.join(customer, c)!;
    hub.join(expert, e);
    const relayed = e.sent.length;
    hub.message(pc, 'not json');
    hub.message(pc, JSON.stringify({ type: 'offer', sdp: 'v=0', to: 'someone-else' }));
    expect(c.sent.slice(-2).map((m) => m.code)).toEqual(['bad-message', 'bad-message']);
    expect(e.sent).toHaveLength(relayed);
    hub.message(pc, JSON.stringify({ type: 'ping' }));
    expect(c.closed).toEqual([]);
    // the fourth frame within the second: closed
    hub.message(pc, JSON.stringify({ type: 'ping' }));
    expect(c.closed).toEqual([{ code: CLOSE.flooding, reason: 'too many messages' }]);
    expect(e.sent.at(-1)).toMatchObject({ type: 'left', seat: 'customer', reason: 'too many messages' });
    now = 5000;
    // alone in the room: an offer has nobody to go to
    const lone = new SignalHub(quiet);
    const solo = socket();
    lone.message(lone.join(customer, solo)!, JSON.stringify({ type: 'offer', sdp: 'v=0' }));
    expect(solo.sent.at(-1)).toMatchObject({ type: 'error', code: 'no-peer' });
  });
});
