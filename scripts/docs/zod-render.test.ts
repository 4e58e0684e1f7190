import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { readSourceNotes } from './source-notes';
import { TypeRenderer } from './zod-render';
import { formatJson, sampleOf } from './zod-sample';

const Instant = z.string().datetime({ offset: true });
const Point = z.object({ x: z.number(), y: z.number(), label: z.string() });
const Status = z.enum(['open', 'closed']);
const names = new Map<z.ZodTypeAny, string>([
  [Instant, 'Instant'],
  [Point, 'Point'],
  [Status, 'Status'],
]);
const render = (s: z.ZodTypeAny, expand = false) => new TypeRenderer({ names }).render(s, expand);

describe('type notation', () => {
  test('a named shape is written by its name wherever it is met, and out in full only when asked', () => {
    expect(render(z.object({ at: Instant, where: Point }))).toBe('{ at: Instant; where: Point }');
    expect(render(Point, true)).toBe('{ x: number; y: number; label: string }');
  });

  test('an enum with the same options as a named one takes its name; others are written as a union', () => {
    expect(render(z.object({ s: z.enum(['open', 'closed']) }))).toBe('{ s: Status }');
    expect(render(z.enum(['a', 'b']))).toBe('"a" | "b"');
    expect(render(Status, true)).toBe('"open" | "closed"');
  });

  test('optional, nullable and default read as TypeScript, the default as a note', () => {
    const text = render(z.object({ a: z.string().optional(), b: Instant.nullable(), c: z.number().int().default(20) }));
    expect(text).toBe(['{', '  a?: string;', '  b: Instant | null;', '  c?: integer; // default 20', '}'].join('\n'));
  });

  test('string and number limits, patterns and array sizes are notes', () => {
    const text = render(
      z.object({
        name: z.string().trim().min(2).max(40),
        code: z.string().regex(/^[A-Z]{8}$/),
        score: z.number().int().min(1).max(5),
        tags: z.array(z.string().max(10)).max(9),
      }),
    );
    expect(text).toContain('name: string; // 2–40 chars');
    expect(text).toContain('code: string; // pattern /^[A-Z]{8}$/');
    expect(text).toContain('score: integer; // 1–5');
    expect(text).toContain('tags: string[]; // each: at most 10 chars; at most 9 items');
  });

  test('effects, pipelines, branded, lazy and readonly schemas are written as what they check', () => {
    expect(render(z.string().transform((s) => s.toUpperCase()))).toBe('string');
    expect(render(z.object({ a: z.string() }).refine(() => true))).toBe('{ a: string }');
    expect(render(z.preprocess((v) => v, z.number()))).toBe('number');
    expect(render(z.string().pipe(z.string().length(8)))).toBe('string // 8 chars; normalised first');
    expect(render(z.string().brand<'Id'>())).toBe('string');
    expect(render(z.lazy(() => Point))).toBe('Point');
    expect(render(z.array(Point).readonly())).toBe('Point[]');
  });

  test('records, literals, unions, native enums, dates and unknowns', () => {
    enum Mode {
      On = 'on',
      Off = 'off',
    }
    expect(render(z.record(z.number()))).toBe('Record<string, number>');
    expect(render(z.literal(true))).toBe('true');
    expect(render(z.array(z.union([z.string(), z.number()])))).toBe('(string | number)[]');
    expect(render(z.discriminatedUnion('k', [z.object({ k: z.literal('a') }), z.object({ k: z.literal('b') })]))).toBe(
      '{ k: "a" } | { k: "b" }',
    );
    expect(render(z.nativeEnum(Mode))).toBe('"on" | "off"');
    expect(render(z.date())).toBe('Date');
    expect(render(z.unknown())).toBe('unknown');
    expect(render(z.object({}).passthrough())).toBe('{ [key: string]: unknown }');
  });

  test('z.custom is "checked in code" unless the docs give it words', () => {
    const bytes = z.custom<Uint8Array>((v) => v instanceof Uint8Array);
    expect(render(z.object({ bytes }))).toBe('{\n  bytes: unknown; // checked in code\n}');
    const words = new TypeRenderer({ names, overrides: new Map([[bytes, 'binary (request body)']]) });
    expect(words.render(z.object({ bytes }))).toBe('{ bytes: binary (request body) }');
  });

  test('an object extended from a named shape is written as that shape and what it adds', () => {
    expect(render(Point.extend({ z: z.number() }))).toBe('Point & { z: number }');
  });

  test('descriptions, field comments and refinement notes are shown', () => {
    const types = new TypeRenderer({
      names,
      fieldDoc: (key) => (key === 'from' ? 'inclusive' : undefined),
      schemaNote: (s) => (s instanceof z.ZodEffects ? 'also checked: from ≤ to' : undefined),
    });
    const text = types.render(z.object({ from: z.string().describe('a date'), to: z.string() }).refine(() => true));
    expect(text).toBe(
      ['{ // also checked: from ≤ to', '  from: string; // inclusive; a date', '  to: string;', '}'].join('\n'),
    );
  });

  test('the shapes a render used are collected for the links', () => {
    const types = new TypeRenderer({ names });
    types.render(z.object({ at: Instant, s: z.enum(['open', 'closed']) }));
    expect([...types.used].sort()).toEqual(['Instant', 'Status']);
  });

  test('a union with an option over several lines puts one option on each line', () => {
    const text = render(z.union([z.object({ id: z.string() }), z.object({ openid: z.string().regex(/^o/) })]));
    expect(text.split('\n')).toEqual([
      '',
      '  | { id: string }',
      '  | {',
      '      openid: string; // pattern /^o/',
      '    }',
    ]);
  });
});

describe('reply examples', () => {
  test('named object shapes below the top collapse to "…Name"; scalars take their example', () => {
    const reply = z.object({ point: Point, points: z.array(Point), at: Instant, note: z.string().optional() });
    expect(sampleOf(reply, { names, byName: { Instant: '2026-12-01T10:00:00+08:00' } })).toEqual({
      point: '…Point',
      points: ['…Point'],
      at: '2026-12-01T10:00:00+08:00',
    });
  });

  test('values come from field names, enums, formats and defaults, and are the same every time', () => {
    const s = z.object({
      serial: z.string(),
      status: Status,
      at: Instant,
      limit: z.number().default(20),
      ok: z.boolean(),
    });
    const first = sampleOf(s, { names: new Map() });
    expect(first).toEqual({
      serial: 'SN1001-A',
      status: 'open',
      at: '2026-12-01T10:00:00+08:00',
      limit: 20,
      ok: false,
    });
    expect(sampleOf(s, { names: new Map() })).toEqual(first);
  });

  test('JSON stays on one line while it fits, else one entry a line', () => {
    expect(formatJson({ a: 1, b: [1, 2] })).toBe('{ "a": 1, "b": [1, 2] }');
    expect(formatJson({ a: 'x'.repeat(30), b: 'y'.repeat(30) }, 40)).toBe(
      `{\n  "a": "${'x'.repeat(30)}",\n  "b": "${'y'.repeat(30)}"\n}`,
    );
    expect(formatJson({})).toBe('{}');
  });
});

describe('source notes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'notes-'));
  const file = join(dir, 'schemas.ts');
  writeFileSync(
    file,
    [
      '/** An instant on the wire. */',
      'export const Instant = z.string();',
      'export const Range = z',
      '  .object({',
      '    /** business dates, inclusive */',
      '    from: Date,',
      '    to: Date,',
      '  })',
      "  .refine((v) => v.from <= v.to, { message: '开始日期不能晚于结束日期' });",
      'export const Other = z.object({ /** another field */ from: Date });',
    ].join('\n'),
  );
  const notes = readSourceNotes([file]);

  test('the doc comment of an export and the messages of its refinements', () => {
    expect(notes.exportDoc('Instant')).toBe('An instant on the wire.');
    expect(notes.refineMessages('Range')).toEqual(['开始日期不能晚于结束日期']);
    expect(notes.refineMessages('Instant')).toEqual([]);
  });

  test('a field comment belongs to the object literal with the most keys in common', () => {
    expect(notes.fieldDoc('from', ['from', 'to'])).toBe('business dates, inclusive');
    expect(notes.fieldDoc('from', ['from'])).toBe('another field');
    expect(notes.fieldDoc('to', ['from', 'to'])).toBeUndefined();
  });
});
