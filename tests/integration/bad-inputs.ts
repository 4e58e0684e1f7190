// Bad inputs for an action, generated with fast-check from its zod input schema and its valid example: the schema is
// walked to every field (nested objects and array elements included) and each generated input breaks the example in
// one place — a required field dropped, an unknown or prototype key added, a value of another type, null where it is
// not nullable, an oversized or control-character string, a huge, negative, fractional or infinite number, a wrong
// enum value, an empty or oversized array, a deep nesting — or replaces the whole input (none, not an object). Values
// JSON.stringify cannot write (1e999, a nesting thousands deep) are written into the body as text (RawJson).
import fc from 'fast-check';
import type { z } from 'zod';

type Z = z.ZodTypeAny;
type Path = (string | number)[];

/** JSON text put into the body as it is. */
export class RawJson {
  constructor(readonly text: string) {}
}

const RAW_MARK = 'RAWJSON-7f3c9a';

/** The body's text: JSON.stringify, with each RawJson written in place. */
export function serialize(value: unknown): string {
  const raws: string[] = [];
  const text = JSON.stringify(value, (_key, v: unknown) =>
    v instanceof RawJson ? `${RAW_MARK}:${raws.push(v.text) - 1}` : v,
  );
  return text.replace(new RegExp(`"${RAW_MARK}:(\\d+)"`, 'g'), (_m, i: string) => raws[Number(i)]!);
}

interface Unwrapped {
  schema: Z;
  optional: boolean;
  nullable: boolean;
}

/** The schema under its wrappers (optional, default, nullable, refinements, transforms …). */
export function unwrap(schema: Z): Unwrapped {
  let s = schema;
  let optional = false;
  let nullable = false;
  for (;;) {
    const def = s._def as Record<string, any>;
    switch (def.typeName) {
      case 'ZodOptional':
      case 'ZodDefault':
        optional = true;
        s = def.innerType;
        continue;
      case 'ZodNullable':
        nullable = true;
        s = def.innerType;
        continue;
      case 'ZodCatch':
      case 'ZodReadonly':
        s = def.innerType;
        continue;
      case 'ZodEffects':
        s = def.schema;
        continue;
      case 'ZodBranded':
        s = def.type;
        continue;
      case 'ZodPipeline':
        s = def.in;
        continue;
      case 'ZodLazy':
        s = def.getter();
        continue;
      default:
        return { schema: s, optional, nullable };
    }
  }
}

const typeName = (s: Z): string => (s._def as { typeName: string }).typeName;

/** A place in the input: its path, its schema and the example's value there (undefined for an absent optional). */
export interface Site extends Unwrapped {
  path: Path;
  value: unknown;
}

/** Every field of the schema, the example's values beside them. */
export function sitesOf(schema: Z, example: unknown, path: Path = [], out: Site[] = []): Site[] {
  const u = unwrap(schema);
  out.push({ ...u, path, value: example });
  const t = typeName(u.schema);
  if (t === 'ZodObject') {
    const shape = (u.schema as z.AnyZodObject).shape as Record<string, Z>;
    const value = (example ?? {}) as Record<string, unknown>;
    for (const [key, child] of Object.entries(shape)) sitesOf(child, value[key], [...path, key], out);
  } else if (t === 'ZodArray') {
    const items = Array.isArray(example) ? example : [];
    sitesOf((u.schema._def as { type: Z }).type, items[0], [...path, 0], out);
  } else if (t === 'ZodUnion' || t === 'ZodDiscriminatedUnion') {
    const options = [...((u.schema._def as { options: Iterable<Z> }).options as Iterable<Z>)];
    const matching = options.find((o) => o.safeParse(example).success) ?? options[0];
    // the option the example is: its fields (the site of the union itself is already there)
    if (matching && typeName(unwrap(matching).schema) === 'ZodObject') {
      out.pop();
      sitesOf(matching, example, path, out);
    }
  }
  return out;
}

/** the value removes the field */
export const DROP = Symbol('drop');

/** The example with `replacement` at `path` (containers made where the example has none). */
export function withAt(example: unknown, path: Path, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  const container: any = Array.isArray(example)
    ? [...example]
    : example && typeof example === 'object'
      ? { ...(example as object) }
      : typeof head === 'number'
        ? []
        : {};
  const next = withAt(container[head!], rest, replacement);
  if (next === DROP) {
    if (Array.isArray(container)) container.splice(Number(head), 1);
    else delete container[head!];
  } else {
    container[head!] = next;
  }
  return container;
}

/** An object with an own key of that name, `__proto__` included (an assignment would set the prototype). */
export function withOwnKey(base: unknown, key: string, value: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = { ...(base && typeof base === 'object' ? (base as object) : {}) };
  Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  return out;
}

const KILO = 1024;
/** 100 kB of one character */
const oversize = (unit: string) => unit.repeat(Math.ceil((100 * KILO) / Buffer.byteLength(unit)));

const JUNK_UNITS = [
  '\u0000',
  '\u0001',
  '\u0007',
  '\b',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u200b',
  '\u200e',
  '\u202e',
  '\u2028',
  '\ufeff',
  '\ufffd',
  '\uffff',
  '\ud800',
  '\udfff',
  '\u3000',
  '<',
  '>',
  '"',
  "'",
  '\\',
  '%',
  '$',
  '{',
  '}',
  '/',
  '.',
  ' ',
  '\t',
  '\n',
  '字',
  'é',
  '😀',
];
const junkString = fc.string({ unit: fc.constantFrom(...JUNK_UNITS), minLength: 0, maxLength: 40 });

/** Mongo-style and this store's own filter shapes where a plain value is expected. */
const OPERATORS = [{ $ne: null }, { $gt: '' }, { in: ['c-1001', 'c-1002'] }, { lte: '9999' }, { $where: '1' }];

const deepArray = fc.integer({ min: 100, max: 5000 }).map((n) => new RawJson(`${'['.repeat(n)}${']'.repeat(n)}`));
const deepObject = fc.integer({ min: 100, max: 5000 }).map((n) => new RawJson(`${'{"a":'.repeat(n)}1${'}'.repeat(n)}`));

/** A value of any JSON type (whichever is not the field's own is what makes it bad). */
const anyType = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.string({ maxLength: 20 }),
  fc.constant([]),
  fc.constant({}),
  fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }),
  fc.constantFrom(...OPERATORS),
);

const PROTO_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '__defineGetter__',
  '$where',
  'isAdmin',
  'role',
  'userId',
  'customerId',
];
const extraKey = fc.oneof(fc.constantFrom(...PROTO_KEYS), fc.string({ minLength: 1, maxLength: 24 }));
const pollution = fc.constantFrom<unknown>(
  { isAdmin: true },
  { role: 'admin' },
  { prototype: { polluted: true } },
  { toString: 'x' },
);

function checksOf(s: Z): { kind: string; value?: number }[] {
  return ((s._def as { checks?: { kind: string; value?: number }[] }).checks ?? []) as {
    kind: string;
    value?: number;
  }[];
}

/** What may replace the value at one site (fast-check picks among them); the whole input is checked afterwards. */
function replacementsAt(site: Site): [kind: string, replacement: fc.Arbitrary<unknown>][] {
  const { schema, value } = site;
  const t = typeName(schema);
  const out: [string, fc.Arbitrary<unknown>][] = [
    ['another type', anyType],
    ['deep nesting', fc.oneof(deepArray, deepObject)],
  ];
  if (!site.nullable) out.push(['null', fc.constant(null)]);
  if (!site.optional && site.path.length > 0) out.push(['required dropped', fc.constant(DROP)]);
  switch (t) {
    case 'ZodString': {
      const max = checksOf(schema).find((c) => c.kind === 'max')?.value;
      const base = typeof value === 'string' ? value : 'abc';
      out.push(
        ['100 kB string', fc.constantFrom('a', '字', '😀', '\u0000', ' ').map(oversize)],
        ['control/unicode string', junkString],
        ['control/unicode string', junkString.map((j) => `${base}${j}`)],
        ['control/unicode string', junkString.map((j) => `${j}${base}`)],
        ['blank string', fc.constantFrom('', ' ', '   ', '\t\n', '\u3000')],
        ['altered string', fc.constantFrom(base.toLowerCase(), base.toUpperCase(), `${base} ${base}`, base.slice(1))],
      );
      if (max !== undefined) {
        out.push(['string over its maximum', fc.constantFrom('x'.repeat(max + 1), base.padEnd(max + 1, '字'))]);
      }
      break;
    }
    case 'ZodNumber':
      out.push(
        [
          'huge/negative/fractional number',
          fc.constantFrom(1e308, -1e308, -1, 0, -0.5, 0.5, 1.5, 2 ** 53 + 2, -(2 ** 53) - 2, 1e-320, 4294967296, 1e21),
        ],
        ['any number', fc.double({ noNaN: true, noDefaultInfinity: true })],
        ['any number', fc.integer({ min: -(2 ** 31), max: 2 ** 31 })],
        ['infinite number', fc.constantFrom(new RawJson('1e999'), new RawJson('-1e999'), new RawJson('-0'))],
        ['number as text', fc.constantFrom('NaN', 'Infinity', '-Infinity', '1', '1e3', '0x10', '')],
      );
      break;
    case 'ZodBoolean':
      out.push(['boolean-like', fc.constantFrom('true', 'false', 1, 0, 'yes', 'on')]);
      break;
    case 'ZodEnum':
    case 'ZodNativeEnum':
    case 'ZodLiteral': {
      const options: unknown[] =
        t === 'ZodLiteral'
          ? [(schema._def as { value: unknown }).value]
          : Object.values((schema._def as { values: Record<string, unknown> | unknown[] }).values);
      const texts = options.filter((o): o is string => typeof o === 'string');
      out.push(
        ['wrong enum value', fc.string({ maxLength: 16 })],
        [
          'wrong enum value',
          fc.constantFrom(
            'unknown',
            ...texts.flatMap((o) => [o.toUpperCase(), ` ${o}`, `${o} `, `${o}\u0000`, `${o}s`, o.slice(0, -1)]),
          ),
        ],
      );
      break;
    }
    case 'ZodArray': {
      const def = schema._def as { minLength: { value: number } | null; maxLength: { value: number } | null };
      const item = Array.isArray(value) && value.length ? value[0] : 'x';
      out.push(['empty or nested array', fc.constantFrom([], [[[[[[[[]]]]]]]])]);
      const over = def.maxLength ? def.maxLength.value + 1 : 10_000;
      out.push(['array over its maximum', fc.constant(Array.from({ length: over }, () => item))]);
      if (def.minLength && def.minLength.value > 1) out.push(['array under its minimum', fc.constant([item])]);
      break;
    }
    case 'ZodObject': {
      const strict = (schema._def as { unknownKeys: string }).unknownKeys === 'strict';
      const base = value && typeof value === 'object' ? value : {};
      if (strict) {
        out.push([
          'unknown key',
          fc.tuple(extraKey, fc.jsonValue({ maxDepth: 2 })).map(([k, v]) => withOwnKey(base, k, v)),
        ]);
      }
      out.push(
        ['__proto__ / constructor key', pollution.map((p) => withOwnKey(base, '__proto__', p))],
        ['__proto__ / constructor key', pollution.map((p) => withOwnKey(base, 'constructor', { prototype: p }))],
        ['object in an array', fc.constant([base])],
      );
      break;
    }
    default:
      break;
  }
  return out;
}

/** One generated input: the data to send (undefined: no `data` at all) and what was done to the example. */
export interface BadInput {
  data: unknown;
  /** which kind of break it is (the fuzz test counts them) */
  kind: string;
  /** "path: mutation" for the report of a failure */
  what: string;
}

/** Generated bad inputs for one schema and its valid example (each must still be checked: some may parse). */
export function badInputs(schema: Z, example: unknown): fc.Arbitrary<BadInput> {
  const sites = sitesOf(schema, example);
  const atSites = sites.map((site) =>
    fc.oneof(
      ...replacementsAt(site).map(([kind, replacement]) =>
        replacement.map((r) => ({
          data: withAt(example, site.path, r),
          kind,
          what: `${site.path.join('.') || '(input)'} := ${describeValue(r)}`,
        })),
      ),
    ),
  );
  const whole = fc
    .oneof(
      fc.constant(undefined),
      fc.string({ maxLength: 20 }),
      fc.integer(),
      fc.boolean(),
      fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 4 }),
      deepArray,
      deepObject,
    )
    .map((data) => ({
      data,
      kind: data === undefined ? 'empty body' : 'body not an object',
      what: `(input) := ${describeValue(data)}`,
    }));
  return fc.oneof({ arbitrary: fc.oneof(...atSites), weight: 9 }, { arbitrary: whole, weight: 1 });
}

export function describeValue(v: unknown): string {
  if (v === DROP) return '(dropped)';
  if (v === undefined) return '(none)';
  if (v instanceof RawJson) return v.text.length > 40 ? `${v.text.slice(0, 12)}… (${v.text.length} chars)` : v.text;
  let text: string;
  try {
    text = serialize(v);
  } catch {
    text = String(v);
  }
  return text.length > 60 ? `${text.slice(0, 40)}… (${text.length} chars)` : text;
}
