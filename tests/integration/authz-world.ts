// The fixture world the authorization matrix (authz-matrix.test.ts) and the fuzz test (fuzz.test.ts) run in: both
// customer organisations with tickets in every state that matters — escalated, offered, accepted, paused, resolved
// (with its signed report) and closed (rated) — each with photos, and the strings each organisation's data is
// recognised by in a reply (ids, numbers, serials, names, phones, file ids, and a marker in every free-text field).
import { PNG, uploadAs } from './fixtures';
import type { Host } from './harness';

export const TICKET_STATES = ['escalated', 'offered', 'accepted', 'paused', 'resolved', 'closed'] as const;
export type TicketState = (typeof TICKET_STATES)[number];

export interface TicketFixture {
  state: TicketState;
  id: string;
  no: string;
  severity: 'common' | 'major';
  /** what identifies this ticket in a reply: id, number, its files, survey, markers, contact phone */
  tokens: string[];
}

export interface OrgWorld {
  key: 'cust-1001' | 'cust-1002';
  customerId: string;
  /** the customer user who reports for the organisation */
  customerUser: string;
  /** the technician of the organisation's region, who handles its tickets */
  handler: string;
  /** an in-warranty device of the organisation */
  serial: string;
  /** the tickets inputs name now, one per state (renewTickets replaces them with fresh ones) */
  tickets: Record<TicketState, TicketFixture>;
  /** every ticket the organisation ever had in this world, the replaced ones and the spares included */
  history: TicketFixture[];
  /** the organisation's seeded strings: customer id and name, its user, contact and phones, serials */
  known: string[];
}

/** Everything that is the organisation's: its seeded strings and every token of every ticket it had. */
export const orgTokens = (org: OrgWorld): string[] => [...org.known, ...org.history.flatMap((t) => t.tokens)];

export interface World {
  orgs: Record<OrgWorld['key'], OrgWorld>;
  /** escalated major faults of cust-1001 not used yet, for renewTickets (escalating takes the clock forward) */
  spareEscalated: TicketFixture[];
  /** an unused invitation code for a new member of cust-1001 (auth.bind) */
  invitationCode: string;
  /** the openid of a WeChat user who has not bound yet (auth.devLogin { openid }) */
  unboundOpenid: string;
}

interface OrgSeed {
  key: OrgWorld['key'];
  customerUser: string;
  handler: string;
  serial: string;
  /** from host/seed.ts: the customer's name, contact and phones, every serial it owns */
  known: string[];
  /** the four digits the markers and contact phones carry */
  tag: string;
}

const ORG_SEEDS: OrgSeed[] = [
  {
    key: 'cust-1001',
    customerUser: 'c-1001',
    handler: 't-2001',
    serial: 'SN1001-A',
    known: [
      'cust-1001',
      'c-1001',
      '上海申程智能科技有限公司',
      '陈立',
      '13800001001',
      'SN1001-A',
      'SN1001-B',
      'SN1001-C',
    ],
    tag: '1001',
  },
  {
    key: 'cust-1002',
    customerUser: 'c-1002',
    handler: 't-2003',
    serial: 'SN1002-A',
    known: ['cust-1002', 'c-1002', '北京华北物流有限公司', '王敏', '13900001002', 'SN1002-A', 'SN1002-B'],
    tag: '1002',
  },
];

let seq = 0;
const crid = (tag: string) => `authz-${tag}-${Date.now().toString(36)}-${++seq}`;

/** A marker no other record carries, recognisable in any reply that leaks it. */
const marker = (tag: string, n: number, state: string, field: string) => `LEAKMARK-${tag}-${n}-${state}-${field}`;

async function upload(host: Host, token: string, purpose: 'photo' | 'signature'): Promise<string> {
  const reply = await uploadAs(host, token, purpose, PNG, 'image/png');
  if (reply.status !== 200) throw new Error(`upload as ${purpose} → ${reply.status} ${JSON.stringify(reply.body)}`);
  return reply.body.data.upload.fileId as string;
}

/** Makes tickets of one organisation in each state (the tokens must hold every demo user's). */
function ticketMaker(host: Host, tokens: Record<string, string>, org: OrgSeed) {
  const desk = tokens['d-3001']!;
  let n = 0;

  const report = async (state: TicketState, severity: 'common' | 'major'): Promise<TicketFixture> => {
    const token = tokens[org.customerUser]!;
    const photo = await upload(host, token, 'photo');
    const k = ++n;
    const mark = (field: string) => marker(org.tag, k, state, field);
    // a mobile number of this ticket's own: 13, 6|7, the organisation's four digits, the ticket's four
    const contactPhone = `13${org.tag === '1001' ? 6 : 7}${org.tag}${String(k).padStart(4, '0')}`;
    const { ticket } = await host.ok(
      'tickets',
      'report',
      {
        serial: org.serial,
        severity,
        description: `${mark('description')} 设备无法启动，屏幕黑屏`,
        clientRequestId: crid(org.tag),
        photos: [photo],
        contactPhone,
        address: `${mark('address')} 一层大厅`,
        environment: mark('environment'),
      },
      token,
    );
    return {
      state,
      id: ticket.id,
      no: ticket.no,
      severity,
      tokens: [ticket.id, ticket.no, photo, contactPhone, mark('description'), mark('address'), mark('environment')],
    };
  };

  /** offered to the organisation's own technician (the desk assigns when routing chose someone else) */
  const offered = async (state: TicketState) => {
    const t = await report(state, 'common');
    const { ticket } = await host.ok('tickets', 'get', { id: t.id }, desk);
    if (ticket.assigneeId !== org.handler || ticket.status !== 'assigned') {
      await host.ok('tickets', 'assign', { id: t.id, technicianId: org.handler }, desk);
    }
    return t;
  };
  const accepted = async (state: TicketState) => {
    const t = await offered(state);
    await host.ok('tickets', 'accept', { id: t.id }, tokens[org.handler]);
    return t;
  };
  const resolved = async (state: TicketState) => {
    const t = await accepted(state);
    const mark = (field: string) => `${t.tokens[4]}-${field}`;
    const signature = await upload(host, tokens[org.handler]!, 'signature');
    await host.ok(
      'tickets',
      'resolve',
      {
        id: t.id,
        cause: `${mark('cause')} 电源模块老化`,
        actions: `${mark('actions')} 更换电源模块`,
        mode: 'remote',
        partsUsed: [{ name: mark('part'), quantity: 1 }],
        handlerSignature: signature,
        productFeedback: mark('feedback'),
      },
      tokens[org.handler],
    );
    t.tokens.push(signature, ...['cause', 'actions', 'part', 'feedback'].map(mark));
    return t;
  };

  return {
    /** a major fault, escalated once the clock moved 30 minutes and the SLA timer ran */
    escalated: () => report('escalated', 'major'),
    /** the other states, fresh */
    async rest(): Promise<Omit<Record<TicketState, TicketFixture>, 'escalated'>> {
      const paused = await accepted('paused');
      const pauseMark = `${paused.tokens[4]}-pause`;
      await host.ok(
        'tickets',
        'pause',
        { id: paused.id, kind: 'customer', reason: `${pauseMark} 请提供远程权限` },
        tokens[org.handler],
      );
      paused.tokens.push(pauseMark);
      const closed = await resolved('closed');
      const comment = `${closed.tokens[4]}-comment`;
      const { survey } = await host.ok(
        'surveys',
        'submit',
        { ticketId: closed.id, scores: { speed: 5, attitude: 5, skill: 4, result: 5 }, comment },
        tokens[org.customerUser],
      );
      closed.tokens.push(survey.id, comment);
      return {
        offered: await offered('offered'),
        accepted: await accepted('accepted'),
        paused,
        resolved: await resolved('resolved'),
        closed,
      };
    },
  };
}

/** The states are what the tests rely on: checked once, as the desk sees them. */
async function checkStates(host: Host, desk: string, key: string, tickets: Record<TicketState, TicketFixture>) {
  for (const state of TICKET_STATES) {
    const { ticket } = await host.ok('tickets', 'get', { id: tickets[state].id }, desk);
    const want = {
      escalated: ticket.sla.escalationLevel >= 2,
      offered: ticket.status === 'assigned',
      accepted: ticket.status === 'accepted' && !ticket.sla.paused,
      paused: ticket.status === 'accepted' && !!ticket.sla.paused,
      resolved: ticket.status === 'resolved',
      closed: ticket.status === 'closed',
    }[state];
    if (!want) throw new Error(`fixture ${key} ${state}: ${ticket.status} (escalation ${ticket.sla.escalationLevel})`);
  }
}

/**
 * Builds the world on a fresh host (dev clock on); `tokens` must hold every demo user's. `spares`: how many more
 * escalated faults of cust-1001 to make now for renewTickets (the clock moves once, before the other tickets exist,
 * so nothing else escalates while the tests run).
 */
export async function buildWorld(host: Host, tokens: Record<string, string>, spares = 0): Promise<World> {
  const makers = new Map(ORG_SEEDS.map((o) => [o.key, ticketMaker(host, tokens, o)]));
  const escalated = new Map<string, TicketFixture>();
  const spareEscalated: TicketFixture[] = [];
  for (const org of ORG_SEEDS) escalated.set(org.key, await makers.get(org.key)!.escalated());
  for (let i = 0; i < spares; i++) spareEscalated.push(await makers.get('cust-1001')!.escalated());
  // 30 minutes unaccepted: the response time is breached and the expert team called
  await host.advanceClock(30);
  await host.trigger('sla');

  const orgs = {} as World['orgs'];
  for (const org of ORG_SEEDS) {
    const tickets = { escalated: escalated.get(org.key)!, ...(await makers.get(org.key)!.rest()) };
    await checkStates(host, tokens['d-3001']!, org.key, tickets);
    orgs[org.key] = {
      key: org.key,
      customerId: org.key,
      customerUser: org.customerUser,
      handler: org.handler,
      serial: org.serial,
      tickets,
      history: [...Object.values(tickets), ...(org.key === 'cust-1001' ? spareEscalated : [])],
      known: org.known,
    };
  }
  renewers.set(orgs['cust-1001'], makers.get('cust-1001')!);

  const { code } = await host.ok('auth', 'invite', { role: 'customer', customerId: 'cust-1001' }, tokens['a-4001']);
  return { orgs, spareEscalated, invitationCode: code, unboundOpenid: `oAuthz_${Date.now().toString(36)}` };
}

const renewers = new WeakMap<OrgWorld, ReturnType<typeof ticketMaker>>();

/** Fresh tickets of cust-1001 in every state (a spare escalated one, the others made now), for the next action's cells. */
export async function renewTickets(host: Host, tokens: Record<string, string>, world: World): Promise<void> {
  const org = world.orgs['cust-1001'];
  const escalated = world.spareEscalated.shift();
  if (!escalated) throw new Error('no spare escalated ticket left: buildWorld(…, spares) made too few');
  const tickets = { escalated, ...(await renewers.get(org)!.rest()) };
  await checkStates(host, tokens['d-3001']!, org.key, tickets);
  org.tickets = tickets;
  org.history.push(...Object.values(tickets).filter((t) => t !== escalated));
}
