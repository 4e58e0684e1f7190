// Fuzzing every action with bad inputs generated from its zod input schema (bad-inputs.ts), sent as a caller the
// action admits (so validation answers, not access), plus a share of raw malformed requests (not JSON, truncated JSON,
// the wrong content type, a broken envelope, unknown functions, prototype keys). API.md: bad input never produces
// INTERNAL, never changes stored data, never crashes the host. So: every generated input is first checked to really be
// invalid (spec.input.safeParse fails), then each answers 400 VALIDATION_FAILED with a Chinese message, every raw one a
// 4xx envelope; the store and the file storage are the same after as before; the host still answers /healthz.
// FUZZ_RUNS scales it (default 6 000, CI included); FUZZ_SEED replays a run (the seed is printed).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import type { Role } from '../../core/model';
import { FilesUploadInput } from '../../core/schemas/files';
import { COLLECTIONS } from '../../platform/collections';
import { allActions, type ActionEntry } from './action-inputs';
import { buildWorld } from './authz-world';
import { badInputs, describeValue, RawJson, serialize } from './bad-inputs';
import { loginAll, PNG } from './fixtures';
import { startHost, type Host } from './harness';

const SEED = Number(process.env.FUZZ_SEED ?? 20261201);
/** a few seconds a thousand on a 2-core machine: CI and local runs alike send 6 000 unless told otherwise */
const RUNS = Number(process.env.FUZZ_RUNS ?? 6000);
/** raw malformed requests beside the schema-driven inputs */
const RAW_SHARE = 0.2;
const CONCURRENCY = 4;
/** the rate limits would turn bad inputs into 429s before validation could answer (host-safety.test.ts tests them) */
const UNLIMITED = { AFTERCARE_RATE_LIMIT_FACTOR: '100000' };

jest.setTimeout(300_000);

let host: Host;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  host = await startHost({ env: UNLIMITED });
  await loginAll(host, tokens);
  // something to change: tickets in every state, photos, signatures, surveys, notifications, an invitation
  const world = await buildWorld(host, tokens);
  // the escalated faults climb the ladder on their own every few minutes: closed here, so the timers have nothing to
  // do while the fuzz runs (the test checks that nothing is due)
  for (const org of Object.values(world.orgs)) {
    await host.ok(
      'tickets',
      'cancel',
      { id: org.tickets.escalated.id, reason: '模糊测试前关闭' },
      tokens[org.customerUser],
    );
  }
}, 120_000);

afterAll(async () => {
  await host?.stop();
});

/** A demo user of each role. */
const USER_OF: Record<Role, string> = {
  customer: 'c-1001',
  technician: 't-2001',
  expert: 'e-2901',
  dispatcher: 'd-3001',
  admin: 'a-4001',
};

/** A token the action admits ('' for a public one): then validation, not access, answers. */
function tokenFor(entry: ActionEntry): string {
  const access = entry.spec.access;
  if (access.kind === 'public') return '';
  if (access.kind === 'timer') throw new Error(`${entry.key}: a timer action admits no client`);
  if (access.kind === 'identified' || access.roles === 'any') return tokens['c-1001']!;
  return tokens[USER_OF[access.roles[0]!]]!;
}

interface Request {
  key: string;
  kind: 'schema' | 'raw';
  /** the kind of break (bad-inputs.ts), or of raw request */
  category: string;
  what: string;
  path: string;
  headers: Record<string, string>;
  body: string | Uint8Array | undefined;
}

/** POST /api/<fn> { action, data } as the admitted caller; `data` undefined: no data at all. */
function jsonRequest(entry: ActionEntry, data: unknown, what: string, category: string): Request {
  const token = tokenFor(entry);
  return {
    key: entry.key,
    kind: 'schema',
    category,
    what,
    path: `/api/${entry.fn}`,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: serialize(data === undefined ? { action: entry.action } : { action: entry.action, data }),
  };
}

/** What dispatch parses: the body's `data`, or {} when there is none. */
function parsesAsValid(entry: ActionEntry, body: string): boolean {
  const envelope = JSON.parse(body) as { data?: unknown };
  return entry.spec.input.safeParse(envelope.data ?? {}).success;
}

// The upload route takes its input from the query (purpose), the content-type header and the raw body: its bad inputs
// are bad purposes (none, unknown, repeated, oversized) and bad content types, the bytes a real PNG.
const printable = fc.string({
  unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
  maxLength: 140,
});
const uploadInput = fc.record({
  purpose: fc.oneof(
    fc.constant(undefined),
    fc.string({ unit: 'grapheme', maxLength: 30 }),
    fc.constantFrom('Photo', 'photo ', ' video', 'signature\u0000', 'import', '__proto__', 'constructor', ''),
    fc.array(fc.constantFrom('photo', 'video', 'signature'), { minLength: 2, maxLength: 3 }),
    fc.constant('p'.repeat(2000)),
  ),
  contentType: fc.oneof(
    fc.constant(''),
    fc.constantFrom('image/png', 'image/jpeg', 'video/mp4', 'text/html', 'application/json', 'image/svg+xml'),
    printable,
  ),
});

function uploadRequest(entry: ActionEntry, purpose: string | string[] | undefined, contentType: string): Request {
  const query =
    purpose === undefined
      ? ''
      : `?${(Array.isArray(purpose) ? purpose : [purpose]).map((p) => `purpose=${encodeURIComponent(p)}`).join('&')}`;
  const type = contentType.trim();
  return {
    key: entry.key,
    kind: 'schema',
    category: 'upload: bad purpose or content type',
    what: `purpose=${describeValue(purpose)} content-type=${describeValue(type)}`,
    path: `/api/_upload${query}`,
    headers: { ...(type ? { 'content-type': type } : {}), authorization: `Bearer ${tokenFor(entry)}` },
    body: PNG,
  };
}

/** Requests no valid envelope could be: not JSON, cut short, another content type, a broken envelope, no function. */
function rawRequests(entries: ActionEntry[]): fc.Arbitrary<Request> {
  const entry = fc.constantFrom(...entries.filter((e) => !(e.spec.example as { bytes?: unknown }).bytes));
  const req = (
    category: string,
    e: ActionEntry,
    what: string,
    body: string,
    type = 'application/json',
    path = `/api/${e.fn}`,
  ) => {
    const token = tokenFor(e);
    return {
      key: e.key,
      kind: 'raw' as const,
      category: `raw: ${category}`,
      what,
      path,
      headers: { ...(type ? { 'content-type': type } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body,
    };
  };
  const valid = (e: ActionEntry) => serialize({ action: e.action, data: e.spec.example });
  return fc.oneof(
    // not JSON at all
    fc
      .tuple(
        entry,
        fc.oneof(
          fc.string({ unit: 'grapheme', minLength: 1, maxLength: 200 }),
          fc.constantFrom('{', '{"action":', 'undefined', 'NaN', "{'action':'list'}", '{"action":"list",}', '\ufeff{}'),
        ),
      )
      .filter(([, text]) => {
        try {
          JSON.parse(text);
          return false;
        } catch {
          return true;
        }
      })
      .map(([e, text]) => req('not JSON', e, `not JSON: ${describeValue(text)}`, text)),
    // a valid request cut short
    fc.tuple(entry, fc.double({ min: 0, max: 1, noNaN: true })).map(([e, at]) => {
      const text = valid(e);
      const cut = text.slice(0, Math.max(1, Math.min(text.length - 1, Math.floor(at * text.length))));
      return req('truncated JSON', e, `truncated at ${cut.length}/${text.length}`, cut);
    }),
    // a valid request under another content type (or none)
    fc
      .tuple(
        entry,
        fc.constantFrom(
          'text/plain',
          'application/x-www-form-urlencoded',
          'multipart/form-data; boundary=x',
          'application/xml',
          'text/html',
          'application/octet-stream',
          'image/png',
          'application/jsonp',
          'application/json-patch+json',
          '',
        ),
      )
      .map(([e, type]) => req('wrong content type', e, `content-type ${type || '(none)'}`, valid(e), type)),
    // a broken envelope
    fc
      .tuple(
        entry,
        fc.constantFrom<unknown>(
          null,
          [],
          'list',
          42,
          {},
          { data: {} },
          { action: 123 },
          { action: null },
          { action: ['list'] },
          { action: '' },
          { action: 'x'.repeat(65) },
          { action: '__proto__' },
          { action: 'constructor' },
          { action: 'toString' },
          { action: 'hasOwnProperty' },
          { action: 'valueOf' },
          { action: 'nope' },
        ),
      )
      .map(([e, envelope]) => req('broken envelope', e, `envelope ${describeValue(envelope)}`, serialize(envelope))),
    // prototype keys at the top of the body, and a nesting thousands deep
    fc
      .tuple(entry, fc.integer({ min: 1000, max: 20_000 }))
      .chain(([e, depth]) =>
        fc.constantFrom(
          req(
            'prototype keys',
            e,
            'top-level __proto__',
            `{"action":"${e.action}","data":{},"__proto__":{"role":"admin"}}`,
          ),
          req(
            'prototype keys',
            e,
            'top-level constructor.prototype',
            `{"constructor":{"prototype":{"x":1}},"action":"${e.action}"}`,
          ),
          req(
            'deep nesting',
            e,
            `data nested ${depth} deep`,
            `{"action":"${e.action}","data":${'['.repeat(depth)}${']'.repeat(depth)}}`,
          ),
          req('deep nesting', e, `body nested ${depth} deep`, `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`),
        ),
      ),
    // no such function
    fc
      .tuple(entry, fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'nope', '_files', '..'))
      .map(([e, fn]) => req('no such function', e, `function ${fn}`, valid(e), 'application/json', `/api/${fn}`)),
  );
}

interface Sent {
  req: Request;
  status: number;
  code: string | null;
  message: string;
  envelope: boolean;
}

async function sendAll(requests: Request[]): Promise<Sent[]> {
  const out: Sent[] = [];
  let next = 0;
  const worker = async () => {
    while (next < requests.length) {
      const req = requests[next++]!;
      const res = await host.raw(req.path, { method: 'POST', headers: req.headers, body: req.body });
      const text = await res.text();
      let body: any;
      try {
        body = JSON.parse(text);
      } catch {
        body = undefined;
      }
      out.push({
        req,
        status: res.status,
        code: body?.ok === false ? (body.error?.code ?? null) : null,
        message: body?.error?.message ?? '',
        envelope: body?.ok === false || body?.ok === true,
      });
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return out;
}

/**
 * Every document of every collection (and the store's own key/value table), and every stored file. Nothing is left
 * out: a rejected request writes nothing at all — validation answers before dispatch takes a rate-limit slot (so the
 * counters of auth.bind, tickets.report, uploads and devLogin stay as they are), the request log goes to the host's
 * stdout, not the store, and the outbox is written only by actions that ran.
 */
function snapshot(dataDir: string): Map<string, string> {
  const out = new Map<string, string>();
  const db = new Database(join(dataDir, 'aftercare.db'), { readonly: true, fileMustExist: true });
  try {
    for (const name of [...Object.keys(COLLECTIONS)]) {
      for (const row of db.prepare(`SELECT id, version, doc FROM "${name}"`).all() as {
        id: string;
        version: number;
        doc: string;
      }[]) {
        out.set(`${name}/${row.id}`, `${row.version} ${row.doc}`);
      }
    }
    for (const row of db.prepare('SELECT key, value FROM _meta').all() as { key: string; value: string }[]) {
      out.set(`_meta/${row.key}`, row.value);
    }
  } finally {
    db.close();
  }
  const files = join(dataDir, 'files');
  for (const name of readdirSync(files, { recursive: true }) as string[]) {
    const stat = statSync(join(files, name));
    if (stat.isFile()) out.set(`files/${name}`, `${stat.size} ${stat.mtimeMs}`);
  }
  return out;
}

function changes(before: Map<string, string>, after: Map<string, string>): string[] {
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys]
    .filter((k) => before.get(k) !== after.get(k))
    .map((k) => `${k}: ${before.has(k) ? (after.has(k) ? 'changed' : 'removed') : 'added'}`);
}

test(`bad input never answers INTERNAL, never changes stored data, never stops the host`, async () => {
  const started = Date.now();
  const entries = allActions();
  // timer actions answer any client with 403 before they read their input: nothing to validate from outside
  const fuzzed = entries.filter((e) => e.spec.access.kind !== 'timer');

  // The timers keep running during the fuzz: make sure nothing is due that they could change meanwhile.
  const before = snapshot(host.dataDir);
  const now = Date.parse(await host.advanceClock(0));
  const due = [...before]
    .filter(([k]) => k.startsWith('tickets/'))
    .map(([, v]) => JSON.parse(v.slice(v.indexOf(' ') + 1)) as { no: string; sla?: { nextDueAt?: string | null } })
    .filter((t) => t.sla?.nextDueAt && Date.parse(t.sla.nextDueAt) < now + 15 * 60_000)
    .map((t) => `${t.no} due ${t.sla!.nextDueAt}`);
  expect(due).toEqual([]);

  // Generated inputs, each checked to be invalid before it is sent.
  const perEntry = fc.oneof(
    ...fuzzed.map((entry) =>
      (entry.spec.example as { bytes?: unknown }).bytes
        ? uploadInput.map((u) => ({ entry, upload: u }) as const)
        : badInputs(entry.spec.input, entry.spec.example).map((b) => ({ entry, bad: b }) as const),
    ),
  );
  const requests: Request[] = [];
  let parsed = 0;
  for (let round = 0; requests.length < RUNS; round++) {
    for (const c of fc.sample(perEntry, { seed: SEED + round, numRuns: 1000 })) {
      let req: Request;
      if ('upload' in c) {
        const { purpose, contentType } = c.upload;
        const input = { purpose, contentType: contentType.trim(), bytes: PNG };
        if (FilesUploadInput.safeParse(input).success) {
          parsed++;
          continue;
        }
        req = uploadRequest(c.entry, purpose, contentType);
      } else {
        req = jsonRequest(c.entry, c.bad.data, c.bad.what, c.bad.kind);
        if (parsesAsValid(c.entry, req.body as string)) {
          parsed++;
          continue;
        }
      }
      requests.push(req);
      if (requests.length >= RUNS) break;
    }
    if (round > 100) throw new Error(`only ${requests.length} invalid inputs in ${round} rounds`);
  }
  const raw = fc.sample(rawRequests(fuzzed), { seed: SEED, numRuns: Math.ceil(RUNS * RAW_SHARE) });

  const sent = await sendAll([...requests, ...raw]);
  const after = snapshot(host.dataDir);

  const codes: Record<string, number> = {};
  for (const s of sent)
    codes[`${s.status} ${s.code ?? '(no code)'}`] = (codes[`${s.status} ${s.code ?? '(no code)'}`] ?? 0) + 1;
  const internal = sent.filter((s) => s.status >= 500 || s.code === 'INTERNAL');
  const wrong = sent
    .filter((s) =>
      s.req.kind === 'schema'
        ? s.status !== 400 || s.code !== 'VALIDATION_FAILED' || !/[\u4e00-\u9fa5]/.test(s.message)
        : s.status < 400 || s.status >= 500 || !s.envelope || !s.code,
    )
    .map((s) => `${s.req.key} ${s.req.what} → ${s.status} ${s.code} ${s.message.slice(0, 60)}`);
  const byCategory: Record<string, number> = {};
  for (const s of sent) byCategory[s.req.category] = (byCategory[s.req.category] ?? 0) + 1;
  const perAction = new Map<string, number>();
  for (const r of requests) perAction.set(r.key, (perAction.get(r.key) ?? 0) + 1);
  const counts = [...perAction.values()];
  const changed = changes(before, after);
  const health = await host.raw('/healthz');
  const unhandled = host.logs
    .join('')
    .split('\n')
    .filter((l) => l.includes('unhandled error'));

  console.log(
    [
      `fuzz: seed ${SEED} (FUZZ_SEED), ${RUNS} runs (FUZZ_RUNS); ${((Date.now() - started) / 1000).toFixed(1)} s`,
      `  schema-driven bad inputs sent: ${requests.length} over ${perAction.size} actions ` +
        `(${Math.min(...counts)}–${Math.max(...counts)} each); generated but valid, not sent: ${parsed}`,
      `  raw malformed requests sent: ${raw.length}`,
      `  by kind: ${Object.entries(byCategory)
        .sort(([, a], [, b]) => b - a)
        .map(([k, n]) => `${k} ${n}`)
        .join(', ')}`,
      `  answers: ${Object.entries(codes)
        .sort()
        .map(([k, n]) => `${k} × ${n}`)
        .join(', ')}`,
      `  INTERNAL (or 5xx): ${internal.length}; wrong answers: ${wrong.length}; changed documents/files: ${changed.length}; ` +
        `unhandled errors logged: ${unhandled.length}; /healthz ${health.status}; host running: ${host.running()}`,
    ].join('\n'),
  );

  expect(internal.map((s) => `${s.req.key} ${s.req.what} → ${s.status}`)).toEqual([]);
  expect(wrong.slice(0, 30)).toEqual([]);
  expect(changed.slice(0, 30)).toEqual([]);
  expect(unhandled).toEqual([]);
  expect(health.status).toBe(200);
  expect(host.running()).toBe(true);
  // across all actions: every one that validates input was fuzzed
  expect(perAction.size).toBe(fuzzed.length);
  expect(Math.min(...counts)).toBeGreaterThanOrEqual(Math.floor(RUNS / fuzzed.length / 3));
  expect(requests.length).toBeGreaterThanOrEqual(RUNS);
});

test('the generator really breaks inputs: a sample of its cases fails each schema locally', () => {
  // a check of the check: if badInputs() mostly produced valid inputs, the fuzz would send few of them
  for (const entry of allActions().filter((e) => e.spec.access.kind !== 'timer' && !(e.spec.example as any).bytes)) {
    const cases = fc.sample(badInputs(entry.spec.input, entry.spec.example), { seed: SEED, numRuns: 200 });
    const invalid = cases.filter(
      (c) => !entry.spec.input.safeParse(JSON.parse(serialize({ d: c.data ?? {} })).d).success,
    );
    expect([entry.key, invalid.length >= 100]).toEqual([entry.key, true]);
  }
  expect(serialize({ n: new RawJson('1e999') })).toBe('{"n":1e999}');
});
