// The hand-written parts of docs/api.md: how a call travels, the envelope, the error codes, times, paging, how to read
// the types. Tables that the code knows (error statuses, paged actions, strict inputs) are filled in from it.
import { ERROR_CODES, HTTP_STATUS, type ErrorCode } from '../../core/errors';
import type { FunctionName } from '../../core/api';

/** When each code is answered (the statuses come from core/errors.ts). */
export const WHEN: Record<ErrorCode, string> = {
  VALIDATION_FAILED:
    'malformed JSON, no `action`, an unknown action, a field missing, of the wrong type, too long or out of range',
  UNAUTHENTICATED: 'no token, or a bad or expired one (also a timer action called without a token)',
  FORBIDDEN:
    'the caller’s role does not allow the action, an unbound WeChat user calls anything but `auth.me` / `auth.bind`, or a client calls a timer action',
  NOT_FOUND:
    'no such ticket, device, station …; also a record that exists but the caller may not know of (another customer’s ticket)',
  CONFLICT: 'the state does not allow it: a ticket someone else accepted, a stale roster version, a code already used',
  RATE_LIMITED: 'too many attempts from one caller',
  INTERNAL: 'a bug; the message carries a request id, never a stack trace or SQL',
};

/** One line per function, above its actions. */
export const FUNCTION_SUMMARY: Record<FunctionName, string> = {
  auth: 'Who is calling: sign-in on the local host, the current user, invitation codes (issued, listed, revoked), binding a WeChat user, and the first admin of a new deployment.',
  devices:
    'The installed base: the devices a caller may see with their warranty status, their records, acceptance (竣工验收), history and QR labels.',
  customers:
    'The customer records (客户档案): sites, contacts (one primary) and the contract (warranty, SLA terms, service hours).',
  staff:
    'The people of the service: technicians, experts and the desk — stations, skills, regions, load limits, active or not.',
  stations: 'The service stations, each covering one region (what routing matches a ticket’s region to).',
  changes: 'The edit history of master data: who changed which field of which record, from what to what, when.',
  tickets:
    'The fault ticket from report to close: routing, acceptance, the visit, the fault report, confirmation, reopening.',
  surveys: 'The satisfaction survey of a resolved ticket, and its statistics.',
  files: 'Photos, a short video and signatures: uploaded once, then referenced by file id.',
  notifications: 'The in-app notification centre and WeChat subscription-message grants.',
  rosters: 'Each station’s duty roster, week by week, and who is on duty now.',
  sla: 'The SLA clocks: the timer that warns, breaches and escalates, the dispatcher board, attainment, evidence.',
  bookings:
    'Remote video help (远程视频指导): free slots, booking or a call at once, the call itself, its outcome on the ticket’s clocks (docs/video-help.md).',
  availability: 'The hours experts (and technicians who do remote help) publish for video bookings.',
};

export interface IntroFacts {
  /** actions that page with `{ cursor, limit }` → `{ items, nextCursor }` */
  paged: string[];
  /** actions whose input keeps fields it does not list */
  lenient: string[];
  /** "fn.action" → its cron, for timer actions */
  timers: { action: string; cron: string }[];
}

const code = (s: string) => `\`${s}\``;

export function introLines(facts: IntroFacts): string[] {
  const errors = ERROR_CODES.map((c) => `| ${code(c)} | ${HTTP_STATUS[c]} | ${WHEN[c]} |`);
  return [
    '# AfterCare API reference',
    '',
    'Generated from the action map (`core/api.ts`) and its zod schemas by `npm run docs:api` — do not edit by hand.',
    'The contract these actions honour, in short: [contract.md](contract.md).',
    '',
    '## How a call travels',
    '',
    'Every capability is an action of one of the cloud functions below, called with `{ action, data }`:',
    '',
    '- **Local host and H5 build:** `POST /api/<function>` with the JSON body `{ "action": "<action>", "data": { … } }`',
    '  and `Authorization: Bearer <token>` (the token from `auth.devLogin`). An unknown function is `404`; any method',
    '  but `POST` is `400`; a body over 1 MB is `400`.',
    '- **Mini-program:** `Taro.cloud.callFunction({ name: <function>, data: { action, data } })`; the envelope is in',
    '  `.result`. The caller is the WeChat user whose OPENID CloudBase puts in the call — never a field of the body.',
    '- **Uploads on the local host:** `POST /api/_upload?purpose=<photo|video|signature>` with the file itself as the',
    '  body and its type as `content-type` (see `files.upload`); files are served at `GET /api/_files/<fileId>`.',
    '',
    'Checks run in this order: the body’s shape, the action’s name, the caller’s token, the action’s access rule',
    '(**Who**), then the input. So a caller who may not call an action learns nothing about its input.',
    '',
    '## The envelope',
    '',
    '```json',
    '{ "ok": true, "data": { } }',
    '{ "ok": false, "error": { "code": "VALIDATION_FAILED", "message": "description：至少 5 个字符", "details": [{ "path": "description", "message": "至少 5 个字符" }] } }',
    '```',
    '',
    '`message` is for people (Chinese; the app shows it as is); `details` names each invalid field by its path. Bad',
    'input never changes stored data. The local host answers with the HTTP status of the code; CloudBase always',
    'delivers the envelope as the call’s result.',
    '',
    '| code | HTTP | when |',
    '| --- | --- | --- |',
    ...errors,
    '',
    'Each action lists the codes it can answer. `INTERNAL` is not listed: any action may answer it.',
    '',
    '## Times, ids and input',
    '',
    '- Instants on the wire are ISO-8601 strings with offset, in business time: `2026-12-01T10:00:00+08:00`',
    '  (Asia/Shanghai). Calendar dates are `YYYY-MM-DD`, business dates, inclusive.',
    '- `clientRequestId` makes a create idempotent: the same caller sending it twice gets the same record back.',
    `- Inputs refuse fields they do not list (\`VALIDATION_FAILED\`, 不支持的字段), except: ${facts.lenient.map(code).join(', ') || 'none'}.`,
    '- Most text inputs are trimmed before their lengths are checked.',
    '',
    '## Paging',
    '',
    'List actions take `{ cursor?, limit? }` and answer `{ items, nextCursor }`: `limit` is 1–100 (default 20),',
    '`nextCursor` is `null` on the last page and otherwise passed back as `cursor` for the next one (an opaque string;',
    `a cursor the service does not recognise is \`VALIDATION_FAILED\`). Paged: ${facts.paged.map(code).join(', ')}.`,
    '',
    '## Timers',
    '',
    'A function’s `config.json` lists its timer triggers; a trigger runs the action of the same name, whose **Who** is',
    '“the timer trigger only”. Called by a client such an action answers `UNAUTHENTICATED` without a token and',
    '`FORBIDDEN` with one. CloudBase cron has 7 fields (second minute hour day month weekday year), Beijing time. The',
    'local host runs the same triggers on its service clock; with `AFTERCARE_DEV_CLOCK=1`,',
    '`POST /api/_dev/trigger { "function": "<name>" }` runs a function’s triggers now.',
    '',
    ...facts.timers.map((t) => `- ${code(t.action)}: ${code(t.cron)}`),
    '',
    '## Reading the types',
    '',
    'Types are written in TypeScript-like notation: `field?:` may be left out, `| null` may be null, `integer` is a',
    'whole number, and a `//` comment gives the limits (`1–64 chars`, `at most 9 items`, `default 20`, `pattern /…/`)',
    'and what the schema’s source says of the field. A capitalised name (`Ticket`, `Instant`) is a shape defined once',
    'under [Shapes](#shapes). Reply examples are generated from the output types; a shape inside a reply appears as',
    '`"…Ticket"` — its own example is under Shapes.',
    '',
  ];
}
