// Authorization over every function × action × caller, generated from the action map (the registry's functions, each
// action's `access` and `example`): a new action is covered without editing this file. Callers: the owner customer, a
// customer of the other organisation, each staff role (the region's technician, a technician of another region, the
// expert, the dispatcher, the admin), a WeChat user not bound yet, no token, a token with one character changed, and
// a token signed with another key. Per cell:
// - no token / a tampered token → 401 (timer actions too); public actions (demo sign-in) answer on their input, never 401;
// - a role outside the entry's access → 403; a timer action with any valid token → 403;
// - an allowed caller: never 500, only the codes the entry declares, and never a byte of another organisation's data
//   (ids, ticket numbers, serials, names, phones, file ids, free-text markers: authz-world.ts) — an outsider naming
//   another organisation's ticket gets 404 (hidden) or 409, never data;
// - every signed file link any reply carried: served as is, 401 without its signature (whatever the caller's token),
//   403 with the signature altered or moved to another file or expiry.
// Ticket moves run on the fixture world's tickets in every state; a move that already happened answers 409.
import { randomBytes } from 'node:crypto';
import type { Role } from '../../core/model';
import { createTokenSigner } from '../../platform/local/tokens';
import {
  allActions,
  inputFor,
  missingFixtures,
  scopesOf,
  send,
  type ActionEntry,
  type CallReply,
} from './action-inputs';
import {
  buildWorld,
  orgTokens,
  renewTickets,
  TICKET_STATES,
  type OrgWorld,
  type TicketFixture,
  type World,
} from './authz-world';
import { loginAll, requestIds } from './fixtures';
import { startHost, type Host } from './harness';

// a few thousand requests on one host: seconds each phase, more on a slow CI machine
jest.setTimeout(120_000);

/** the cells would otherwise meet the rate limits of reports, uploads and bind (host-safety.test.ts tests those) */
const UNLIMITED = { AFTERCARE_RATE_LIMIT_FACTOR: '1000' };

/**
 * The demo sign-in lists and signs in as any demo user, by design (demo mode only): its replies are not checked for
 * other organisations' data. Any other action, public ones included, is.
 */
const DEMO_SIGN_IN = new Set(['auth.devLogin', 'auth.demoUsers']);

type Relation = 'anonymous' | 'unbound' | 'owner' | 'handler' | 'outsider' | 'staff';

interface Caller {
  /** the matrix column */
  label: string;
  token: string;
  /** 'user' callers carry a role */
  role: Role | null;
  relation: Relation;
  /** the organisation whose records the caller's inputs name */
  target: OrgWorld['key'];
  /** what must never appear in a reply to this caller (asked anew: the world grows) */
  forbidden: () => string[];
}

interface Cell {
  entry: ActionEntry;
  caller: Caller;
  ticket: TicketFixture | null;
  reply: CallReply;
}

let host: Host;
let world: World;
const tokens: Record<string, string> = {};
const callers: Caller[] = [];
const crid = requestIds('authz');
const entries = allActions();

/** every reply, for the matrix print-out and the file links found in them */
const cells: Cell[] = [];
const leaks: string[] = [];
/** tickets a video session was booked on: their expert follows them (core/ticket/video-sessions.ts) */
const sessionTickets = new Set<string>();
const started = Date.now();

/** A token whose signature's last character is changed to one that decodes to the same bytes (its padding bits). */
function tamper(token: string): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const last = token.at(-1)!;
  return `${token.slice(0, -1)}${alphabet[alphabet.indexOf(last) ^ 1]}`;
}

/** The tokens of every ticket an organisation had, or of some of them. */
const ticketTokens = (org: OrgWorld, which: (t: TicketFixture) => boolean = () => true) =>
  org.history.filter(which).flatMap((t) => t.tokens);

/** the ticket-scoped actions: each gets fresh tickets for its allowed cells */
const ticketActions = () => entries.filter((e) => !missingFixtures(e).length && ticketScoped(e));

beforeAll(async () => {
  host = await startHost({ env: UNLIMITED });
  await loginAll(host, tokens);
  world = await buildWorld(host, tokens, ticketActions().length);
  const [a, b] = [world.orgs['cust-1001'], world.orgs['cust-1002']];
  const unbound = (await host.ok('auth', 'devLogin', { openid: world.unboundOpenid })).token as string;
  const foreign = createTokenSigner(randomBytes(32)).sign(
    { sub: 'a-4001', kind: 'user' },
    new Date(Date.now() + 3_600_000),
  );
  const everything = () => [...orgTokens(a), ...orgTokens(b)];
  const common = (t: TicketFixture) => t.severity === 'common';
  const user = (
    label: string,
    id: string,
    role: Role,
    relation: Relation,
    target: OrgWorld,
    forbidden: () => string[],
  ) => callers.push({ label, token: tokens[id]!, role, relation, target: target.key, forbidden });
  const anonymous = (label: string, token: string) =>
    callers.push({ label, token, role: null, relation: 'anonymous', target: a.key, forbidden: everything });
  anonymous('none', '');
  // the admin's own token with one character changed, and the admin's identity signed with another key
  anonymous('tampered', tamper(tokens['a-4001']!));
  anonymous('other-key', foreign);
  // invited to cust-1001 (auth.bind binds it there): never anything of cust-1002
  callers.push({
    label: 'unbound',
    token: unbound,
    role: null,
    relation: 'unbound',
    target: a.key,
    forbidden: () => orgTokens(b),
  });
  user('c-1001', 'c-1001', 'customer', 'owner', a, () => orgTokens(b));
  user('c-1002→1001', 'c-1002', 'customer', 'outsider', a, () => orgTokens(a));
  user('c-1001→1002', 'c-1001', 'customer', 'outsider', b, () => orgTokens(b));
  user('t-2001', 't-2001', 'technician', 'handler', a, () => ticketTokens(b));
  user('t-2003→1001', 't-2003', 'technician', 'outsider', a, () => ticketTokens(a));
  user('t-2001→1002', 't-2001', 'technician', 'outsider', b, () => ticketTokens(b));
  // the expert follows major faults and escalations, not common ones in their first round — unless they were booked
  // for a video session on one (every session goes to e-2901, the only expert)
  const commonUnbooked = (t: TicketFixture) => common(t) && !sessionTickets.has(t.id);
  user('e-2901', 'e-2901', 'expert', 'staff', a, () => [
    ...ticketTokens(a, commonUnbooked),
    ...ticketTokens(b, commonUnbooked),
  ]);
  user('d-3001', 'd-3001', 'dispatcher', 'staff', a, () => []);
  user('a-4001', 'a-4001', 'admin', 'staff', a, () => []);
}, 120_000);

afterAll(async () => {
  await host?.stop();
  const statuses = new Map<string, Map<string, Set<number>>>();
  for (const c of cells) {
    const row = statuses.get(c.entry.key) ?? new Map<string, Set<number>>();
    const set = row.get(c.caller.label) ?? new Set<number>();
    set.add(c.reply.status);
    row.set(c.caller.label, set);
    statuses.set(c.entry.key, row);
  }
  const labels = callers.map((c) => c.label);
  const pad = (s: string, n: number) => s.padEnd(n);
  const lines = [
    `authz matrix: ${entries.length} actions × ${callers.length} callers; ${cells.length + fileCells + tokenCells} cells ` +
      `(${cells.length} action calls, ${fileCells} file requests on ${documents} documents and the photos and ` +
      `signatures, ${tokenCells} one-character token variants); leaks ${leaks.length}; ` +
      `${((Date.now() - started) / 1000).toFixed(1)} s`,
    `${pad('action', 26)}${labels.map((l) => pad(l, 13)).join('')}`,
    ...[...statuses].map(
      ([key, row]) =>
        `${pad(key, 26)}${labels.map((l) => pad([...(row.get(l) ?? [])].sort().join('/') || '-', 13)).join('')}`,
    ),
  ];
  console.log(lines.join('\n'));
});

const codeOf = (r: CallReply): string | null => (r.body?.ok === false ? r.body.error?.code : null);
const describe1 = (entry: ActionEntry, caller: Caller, ticket: TicketFixture | null) =>
  `${entry.key} as ${caller.label}${ticket ? ` on ${caller.target}'s ${ticket.state} ticket` : ''}`;

/** Calls the action as the caller and keeps the reply; finds every forbidden string in it. */
async function run(
  entry: ActionEntry,
  caller: Caller,
  ticket: TicketFixture | null,
  cheap = false,
): Promise<CallReply> {
  const org = world.orgs[caller.target];
  const input = await inputFor(entry, {
    host,
    world,
    org,
    ticket: ticket ?? org.tickets.resolved,
    // access cells never reach the handler: no uploads for them
    token: cheap ? '' : caller.token,
    requestId: crid,
  });
  const reply = await send(host, entry, input, caller.token);
  cells.push({ entry, caller, ticket, reply });
  const booked = entry.key === 'bookings.book' && reply.body?.ok ? reply.body.data.booking?.ticketId : null;
  if (typeof booked === 'string') sessionTickets.add(booked);
  if (!DEMO_SIGN_IN.has(entry.key)) {
    const found = [...new Set(caller.forbidden())].filter((s) => reply.text.includes(s));
    if (found.length) leaks.push(`${describe1(entry, caller, ticket)} → ${reply.status}: ${found.join(', ')}`);
  }
  return reply;
}

/** The access rule's answer for the caller, or null when the caller passes it. */
function denial(entry: ActionEntry, caller: Caller): { status: number; code: string } | null {
  const access = entry.spec.access;
  const unauthenticated = { status: 401, code: 'UNAUTHENTICATED' };
  const forbidden = { status: 403, code: 'FORBIDDEN' };
  if (access.kind === 'public') return null;
  if (caller.relation === 'anonymous') return unauthenticated;
  if (access.kind === 'timer') return forbidden;
  if (access.kind === 'identified') return null;
  if (caller.relation === 'unbound') return forbidden;
  if (access.roles !== 'any' && !access.roles.includes(caller.role!)) return forbidden;
  return null;
}

const ticketScoped = (entry: ActionEntry) => scopesOf(entry).has('ticket');
/** Codes an allowed caller may meet: the entry's own, plus input checks the handler makes beyond the schema. */
const declared = (entry: ActionEntry) => new Set<string>([...entry.spec.errors, 'VALIDATION_FAILED']);

interface AllowedRun {
  relations: Relation[];
  /** outsiders: an input naming the other organisation's records must be refused (404, or 409 for a move) */
  refuse: boolean;
  /** fresh tickets of cust-1001 before each ticket-scoped action (its moves do not spoil the next action's cells) */
  renew?: boolean;
  /** the tickets a ticket-scoped cell runs on (default: the target organisation's current ones) */
  tickets?: (caller: Caller) => TicketFixture[];
}

/** the cust-1001 tickets the owner's, the handler's and staff's moves changed (the outsiders try them again) */
const moved: TicketFixture[] = [];
const desk = (id: string) => host.ok('tickets', 'get', { id }, tokens['d-3001']);
const stateOf = async (t: TicketFixture) => {
  const { ticket } = await desk(t.id);
  return `${ticket.status} ${ticket.assigneeId} ${ticket.events.length}`;
};

/** Allowed cells of these callers, in the action map's order; the problems found. */
async function allowedCells(opts: AllowedRun): Promise<string[]> {
  const problems: string[] = [];
  for (const entry of entries) {
    if (missingFixtures(entry).length) continue;
    const scoped = ticketScoped(entry);
    const fresh = opts.renew && scoped;
    if (fresh) await renewTickets(host, tokens, world);
    const current = TICKET_STATES.map((s) => world.orgs['cust-1001'].tickets[s]);
    const before = fresh ? await Promise.all(current.map(stateOf)) : [];
    for (const caller of callers.filter((c) => opts.relations.includes(c.relation) && !denial(entry, c))) {
      const tickets = !scoped
        ? [null]
        : (opts.tickets?.(caller) ?? TICKET_STATES.map((s) => world.orgs[caller.target].tickets[s]));
      for (const ticket of tickets) {
        const reply = await run(entry, caller, ticket);
        const where = describe1(entry, caller, ticket);
        const code = codeOf(reply);
        if (reply.status >= 500) problems.push(`${where} → ${reply.status} ${reply.text.slice(0, 200)}`);
        else if (code && !declared(entry).has(code)) problems.push(`${where} → ${code} (not among the entry's errors)`);
        // an outsider naming another organisation's records: nothing but "not found" (or a state conflict)
        const scopes = scopesOf(entry);
        const names =
          caller.role === 'customer'
            ? scopes.has('ticket') || scopes.has('org')
            : caller.role === 'technician' && scopes.has('ticket');
        if (opts.refuse && names && ![404, 409].includes(reply.status)) {
          problems.push(`${where} → ${reply.status} (an outsider must get 404 or 409)`);
        }
      }
    }
    if (fresh) {
      const after = await Promise.all(current.map(stateOf));
      moved.push(...current.filter((_, i) => after[i] !== before[i]));
    }
  }
  return problems;
}

test('every action has a fixture for every field of its example', () => {
  const missing = entries
    .map((e) => [e.key, missingFixtures(e)] as const)
    .filter(([, fields]) => fields.length)
    .map(([key, fields]) => `${key}: ${fields.join(', ')}`);
  // add a line per field to FIXTURES in tests/integration/action-inputs.ts (what the value names in the world)
  expect(missing).toEqual([]);
});

test('no token, a tampered token, a role outside the access rule, a timer action called with a token', async () => {
  const before = leaks.length;
  const wrong: string[] = [];
  for (const entry of entries) {
    for (const caller of callers) {
      const want = denial(entry, caller);
      if (!want && caller.relation !== 'anonymous') continue;
      const reply = await run(entry, caller, null, true);
      const got = { status: reply.status, code: codeOf(reply) };
      if (want) {
        if (got.status !== want.status || got.code !== want.code) {
          wrong.push(`${entry.key} as ${caller.label}: ${got.status} ${got.code}, want ${want.status} ${want.code}`);
        } else if (!/[\u4e00-\u9fa5]/.test(reply.body?.error?.message ?? '')) {
          wrong.push(`${entry.key} as ${caller.label}: no Chinese message`);
        }
      } else if (got.status === 401 || got.status >= 500) {
        // a public action answers on its input alone: a stale or forged token is no reason to refuse a sign-in
        wrong.push(`${entry.key} (public) as ${caller.label}: ${got.status} ${got.code}`);
      }
    }
  }
  expect(wrong).toEqual([]);
  expect(leaks.slice(before)).toEqual([]);
});

test("outsiders — the other organisation's customer, a technician of another region — get nothing of it", async () => {
  const before = leaks.length;
  expect(await allowedCells({ relations: ['outsider'], refuse: true })).toEqual([]);
  expect(leaks.slice(before)).toEqual([]);
});

test('the owner, the handler, staff and an unbound user: never 500, only declared codes, nothing of the other organisation', async () => {
  const before = leaks.length;
  expect(
    await allowedCells({ relations: ['owner', 'handler', 'staff', 'unbound'], refuse: false, renew: true }),
  ).toEqual([]);
  // the moves really happened: accepted, resolved, confirmed, reopened, cancelled, taken, acknowledged …
  expect(moved.length).toBeGreaterThanOrEqual(ticketActions().length);
  expect(leaks.slice(before)).toEqual([]);
});

test('outsiders again, on every ticket those moves changed: still nothing', async () => {
  const before = leaks.length;
  const tickets = (caller: Caller) =>
    caller.target === 'cust-1001' ? moved : TICKET_STATES.map((s) => world.orgs[caller.target].tickets[s]);
  expect(await allowedCells({ relations: ['outsider'], refuse: true, tickets })).toEqual([]);
  expect(leaks.slice(before)).toEqual([]);
});

let fileCells = 0;
let tokenCells = 0;
let documents = 0;

test('every signed file link in any reply: served as is; without its signature 401 for every caller; altered 403', async () => {
  // each link, and every caller whose reply carried it
  const links = new Map<string, Set<Caller>>();
  for (const c of cells) {
    for (const m of c.reply.text.matchAll(/\/api\/_files\/[^"?\s]+\?exp=\d+&sig=[\w-]+/g)) {
      links.set(m[0], (links.get(m[0]) ?? new Set()).add(c.caller));
    }
  }
  // the fixture world's photos, signatures, reports and evidence packs
  expect(links.size).toBeGreaterThanOrEqual(10);
  const wrong: string[] = [];
  const get = async (path: string, token = '') => {
    fileCells++;
    return host.raw(path, token ? { headers: { authorization: `Bearer ${token}` } } : {});
  };
  const all = [...links.keys()];
  for (const [i, link] of all.entries()) {
    const url = new URL(link, host.url);
    const [path, exp, sig] = [url.pathname, url.searchParams.get('exp')!, url.searchParams.get('sig')!];
    const other = new URL(all[(i + 1) % all.length]!, host.url).pathname;
    const expect1 = async (p: string, want: number, token = '') => {
      const res = await get(p, token);
      if (res.status !== want)
        wrong.push(`${p.slice(0, 90)}${token ? ' (with a token)' : ''}: ${res.status}, want ${want}`);
      return res;
    };
    // the link itself: served, and a document (fault report, evidence pack) holds nothing its holders may not see
    const served = await expect1(link, 200);
    if (/^text\//.test(served.headers.get('content-type') ?? '')) {
      const text = await served.text();
      documents++;
      for (const holder of links.get(link)!) {
        const found = [...new Set(holder.forbidden())].filter((s) => text.includes(s));
        if (found.length) leaks.push(`${path} (given to ${holder.label}): ${found.join(', ')}`);
      }
    }
    for (const caller of callers) await expect1(path, 401, caller.token);
    await expect1(`${path}?exp=${exp}`, 401);
    await expect1(`${path}?exp=${exp}&sig=${tamper(sig)}`, 403);
    await expect1(`${path}?exp=${exp}&sig=${sig.slice(0, -1)}${sig.at(-1) === 'A' ? 'B' : 'A'}`, 403);
    await expect1(`${path}?exp=${Number(exp) + 60}&sig=${sig}`, 403);
    if (other !== path) await expect1(`${other}?exp=${exp}&sig=${sig}`, 403);
  }
  expect(wrong).toEqual([]);
  expect(leaks).toEqual([]);
});

test('a token with any one character changed is refused', async () => {
  const token = tokens['a-4001']!;
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const accepted: number[] = [];
  for (let i = 0; i < token.length; i++) {
    const c = token[i]!;
    // a different character of the same alphabet ('.' becomes a letter); the last one only in its padding bits
    const replacement = c === '.' ? 'x' : alphabet[alphabet.indexOf(c) ^ 1]!;
    const changed = `${token.slice(0, i)}${replacement}${token.slice(i + 1)}`;
    const reply = await host.call('auth', 'me', {}, changed);
    tokenCells++;
    if (reply.status !== 401) accepted.push(i);
  }
  expect(accepted).toEqual([]);
  expect((await host.call('auth', 'me', {}, token)).status).toBe(200);
});
