// Generates docs/api.md — the API reference, from the action map (core/api.ts) and its zod schemas — and the CloudBase
// index list in docs/deploy-cloudbase.md, from COLLECTIONS (`npm run docs:api`).
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { describeAccess, type Access } from '../core/access';
import { API, type ActionSpec, type FunctionName } from '../core/api';
import { ERROR_CODES, HTTP_STATUS, type ErrorCode } from '../core/errors';
import { FilesUploadInput } from '../core/schemas/files';
import type { RateLimit } from '../core/rate-limit';
import { FUNCTIONS } from '../cloudfunctions/registry';
import { withIndexTable } from './docs/collections-doc';
import { FUNCTION_SUMMARY, introLines } from './docs/intro';
import { SCHEMA_MODULES, SHAPES, exportOf } from './docs/shapes';
import { readSourceNotes } from './docs/source-notes';
import { TypeRenderer } from './docs/zod-render';
import { SAMPLE_DATE, SAMPLE_INSTANT, formatJson, sampleOf } from './docs/zod-sample';

const ROOT = resolve(__dirname, '..');
export const API_DOC = resolve(ROOT, 'docs', 'api.md');
export const DEPLOY_DOC = resolve(ROOT, 'docs', 'deploy-cloudbase.md');

/** A type on one line stays inline in the action's list; longer ones get a code block. */
const MAX_INLINE_TYPE = 100;

const NAMES = new Map<z.ZodTypeAny, string>(SHAPES.map((s) => [s.schema, s.name]));
const SAMPLE_BY_NAME = { Instant: SAMPLE_INSTANT, CalendarDate: SAMPLE_DATE };
const notes = readSourceNotes(SCHEMA_MODULES.map((m) => resolve(ROOT, m.path)));

export interface ActionEntry {
  fn: FunctionName;
  action: string;
  spec: ActionSpec;
}

/** Every action of the map, in its order. */
export function actionEntries(): ActionEntry[] {
  return (Object.keys(API) as FunctionName[]).flatMap((fn) =>
    Object.entries(API[fn]).map(([action, spec]) => ({ fn, action, spec }) as ActionEntry),
  );
}

/** The codes an action can answer: those its access and input imply, and its own (INTERNAL is said once). */
export function errorsOf(access: Access, own: readonly ErrorCode[]): ErrorCode[] {
  const implied = new Set<ErrorCode>(['VALIDATION_FAILED', ...own]);
  if (access.kind !== 'public') implied.add('UNAUTHENTICATED');
  // roles: an unbound WeChat user is refused whatever the roles; timer: a client with a token is refused
  if (access.kind === 'roles' || access.kind === 'timer') implied.add('FORBIDDEN');
  return ERROR_CODES.filter((c) => c !== 'INTERNAL' && implied.has(c));
}

function renderer(): TypeRenderer {
  return new TypeRenderer({
    names: NAMES,
    overrides: new Map([[FilesUploadInput.shape.bytes, 'binary (request body)']]),
    fieldDoc: notes.fieldDoc,
    schemaNote(schema) {
      const exported = exportOf(schema);
      const messages = exported ? notes.refineMessages(exported.name) : [];
      return messages.length ? `also checked: ${messages.join(' / ')}` : undefined;
    },
  });
}

/** "fn.action" → the markdown anchor GitHub gives its heading. */
const anchor = (heading: string) => heading.toLowerCase().replace(/[^a-z0-9 -]/g, '');

function typeLines(label: string, text: string): string[] {
  if (!text.includes('\n') && text.length <= MAX_INLINE_TYPE) return [`- **${label}:** \`${text}\``];
  // a long union starts on its own line, indented: written alone it needs neither
  let lines = text.replace(/^\n/, '').split('\n');
  if (text.startsWith('\n')) lines = lines.map((l) => l.replace(/^ {2}/, ''));
  return [`- **${label}:**`, '', '  ```ts', ...lines.map((l) => `  ${l}`), '  ```', ''];
}

const hasBytes = (v: unknown) =>
  Boolean(v) && typeof v === 'object' && Object.values(v as object).some((x) => x instanceof Uint8Array);

function rateLimitText(limit: RateLimit): string {
  const counted = limit.counts === 'failures' ? 'failed calls' : 'calls';
  const per = limit.per === 'caller' ? 'caller' : 'network address';
  return `${limit.max} ${counted} per ${per} in ${limit.windowMinutes} minutes, then \`RATE_LIMITED\` (429)`;
}

function requestLines({ fn, action, spec }: ActionEntry, timer: boolean, reply: string[]): string[] {
  const example = spec.example as Record<string, unknown>;
  if (hasBytes(example)) {
    // the one action whose body is a file: the raw-body route adapts it (host/file-routes.ts)
    return [
      `Example (the JSON route refuses it: only \`/api/_upload\` carries bytes; \`purpose\` and \`content-type\` are its input):`,
      '',
      '```bash',
      `curl -XPOST '127.0.0.1:8080/api/_upload?purpose=${String(example.purpose)}' -H "authorization: Bearer $TOKEN" \\`,
      `  -H 'content-type: ${String(example.contentType)}' --data-binary @photo.png`,
      '',
      ...reply,
      '```',
    ];
  }
  const body = formatJson({ action, data: example });
  const intro = timer
    ? [`Called by its trigger; on the local host \`POST /api/_dev/trigger { "function": "${fn}" }\` runs it now:`, '']
    : [];
  return [...intro, '```text', `POST /api/${fn}`, body, '', ...reply, '```'];
}

function actionSection(entry: ActionEntry, types: TypeRenderer): string[] {
  const { fn, action, spec } = entry;
  const trigger = FUNCTIONS[fn].config.triggers.find((t) => t.name === action);
  const who =
    describeAccess(spec.access) + (trigger ? `; cron \`${trigger.config}\` (trigger \`${trigger.name}\`)` : '');
  const errors = errorsOf(spec.access, spec.errors).map((c) => `\`${c}\` ${HTTP_STATUS[c]}`);
  types.used.clear();
  const input = types.render(spec.input);
  const output = types.render(spec.output);
  const docs = [spec.input, spec.output]
    .map((s) => exportOf(s))
    .flatMap((e) => (e ? (notes.exportDoc(e.name) ?? []) : []));
  const reply = sampleOf(spec.output, { names: NAMES, byName: SAMPLE_BY_NAME });
  return [
    `### ${fn}.${action}`,
    '',
    spec.summary,
    '',
    ...[...new Set(docs)].flatMap((d) => [`> ${d}`, '']),
    `- **Who:** ${who}`,
    `- **Errors:** ${errors.join(', ')}`,
    ...(spec.rateLimit ? [`- **Rate limit:** ${rateLimitText(spec.rateLimit)}`] : []),
    ...typeLines('Input', input),
    ...typeLines('Output', output),
    '',
    ...requestLines(entry, Boolean(trigger), ['200 OK', formatJson({ ok: true, data: reply })]),
    '',
  ];
}

/** A sentence from a comment or note: capitalised, with its full stop. */
const sentence = (s: string) => {
  const t = s.charAt(0).toUpperCase() + s.slice(1);
  return /[.。)]$/.test(t) ? t : `${t}.`;
};

function shapeSection(shape: (typeof SHAPES)[number], types: TypeRenderer): string[] {
  const exported = exportOf(shape.schema);
  const doc = exported ? notes.exportDoc(exported.name) : undefined;
  const about = [doc, shape.note].filter((x): x is string => Boolean(x)).map(sentence);
  if (exported) about.push(`Source: \`${exported.name}\` in \`${exported.path}\`.`);
  const text = types.render(shape.schema, true);
  // a one-line type and what it is for on one line
  if (!text.includes('\n')) return [`### ${shape.name}`, '', [`\`${text}\``, ...about].join(' — '), ''];
  const lines = [`### ${shape.name}`, '', ...(about.length ? [about.join(' '), ''] : [])];
  const example = sampleOf(shape.schema, { names: NAMES, byName: SAMPLE_BY_NAME });
  return [
    ...lines,
    '```ts',
    `type ${shape.name} =${text.startsWith('\n') ? '' : ' '}${text};`,
    '```',
    '',
    '```json',
    formatJson(example),
    '```',
    '',
  ];
}

function introFacts(entries: ActionEntry[]) {
  const keysOf = (s: z.ZodTypeAny): string[] => {
    let t = s;
    while (t instanceof z.ZodEffects) t = t.innerType();
    return t instanceof z.ZodObject ? Object.keys(t.shape) : [];
  };
  const isStrict = (s: z.ZodTypeAny): boolean => {
    let t = s;
    while (t instanceof z.ZodEffects) t = t.innerType();
    if (t instanceof z.ZodUnion) return (t.options as z.ZodTypeAny[]).every(isStrict);
    return t instanceof z.ZodObject && t._def.unknownKeys === 'strict';
  };
  const name = (e: ActionEntry) => `${e.fn}.${e.action}`;
  return {
    paged: entries
      .filter((e) => keysOf(e.spec.input).includes('cursor') && keysOf(e.spec.output).includes('nextCursor'))
      .map(name),
    lenient: entries.filter((e) => !isStrict(e.spec.input)).map(name),
    timers: entries.flatMap((e) =>
      FUNCTIONS[e.fn].config.triggers
        .filter((t) => t.name === e.action)
        .map((t) => ({ action: name(e), cron: t.config })),
    ),
  };
}

function indexTable(entries: ActionEntry[]): string[] {
  const rows = entries.map(
    (e) =>
      `| [${e.fn}.${e.action}](#${anchor(`${e.fn}.${e.action}`)}) | ${describeAccess(e.spec.access)} | ${e.spec.summary} |`,
  );
  return ['## Actions', '', '| action | who | what |', '| --- | --- | --- |', ...rows, ''];
}

export function renderApiDocs(): string {
  const entries = actionEntries();
  const types = renderer();
  const lines = [...introLines(introFacts(entries)), ...indexTable(entries)];
  for (const fn of Object.keys(API) as FunctionName[]) {
    lines.push(`## ${fn}`, '', FUNCTION_SUMMARY[fn], '');
    for (const entry of entries.filter((e) => e.fn === fn)) lines.push(...actionSection(entry, types));
  }
  lines.push('## Shapes', '', 'Each shape once; the actions above refer to them by name.', '');
  for (const shape of SHAPES) lines.push(...shapeSection(shape, types));
  // a block that ends a list leaves one blank line, never two
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

/** docs/deploy-cloudbase.md with its index list generated. */
export function renderDeployDoc(current = readFileSync(DEPLOY_DOC, 'utf8')): string {
  return withIndexTable(current);
}

if (require.main === module) {
  writeFileSync(API_DOC, renderApiDocs());
  writeFileSync(DEPLOY_DOC, renderDeployDoc());
  console.log(`wrote ${API_DOC} and the index list in ${DEPLOY_DOC}`);
}
