// Zod schemas as compact TypeScript-like type notation for docs/api.md: named shapes by name, constraints and doc
// comments as trailing `//` notes, one field per line once an object does not fit on one.
import { z } from 'zod';

export interface RenderOptions {
  /** named shapes: a schema met while rendering is written as its name */
  names: ReadonlyMap<z.ZodTypeAny, string>;
  /** schemas written as this text (a z.custom the notation cannot show) */
  overrides?: ReadonlyMap<z.ZodTypeAny, string>;
  /** the doc comment of a field of an object with these keys */
  fieldDoc?: (key: string, keys: readonly string[]) => string | undefined;
  /** a note on a whole schema (the messages of its refinements) */
  schemaNote?: (schema: z.ZodTypeAny) => string | undefined;
}

/** A rendered type: its text (maybe several lines), notes for the line that holds it, and how it composes. */
interface Rendered {
  text: string;
  notes: string[];
  /** a field of this type may be left out */
  optional: boolean;
  /** a union: needs parentheses before `[]` */
  union: boolean;
}

const INDENT = '  ';
const MAX_INLINE = 90;

const leaf = (text: string, notes: string[] = []): Rendered => ({ text, notes, optional: false, union: false });

/** An enum's identity for name matching: its options in order. */
export const enumKey = (values: readonly unknown[]): string => JSON.stringify(values);

export class TypeRenderer {
  /** the named shapes the last renders referred to */
  readonly used = new Set<string>();
  private readonly enumNames = new Map<string, string>();
  private readonly objectShapes: { name: string; shape: z.ZodRawShape }[] = [];

  constructor(private readonly options: RenderOptions) {
    for (const [schema, name] of options.names) {
      if (schema instanceof z.ZodEnum) this.enumNames.set(enumKey(schema.options), name);
      // an object built with .extend() from a shape of three fields or more is written `Shape & { … }`
      if (schema instanceof z.ZodObject && Object.keys(schema.shape).length >= 3) {
        this.objectShapes.push({ name, shape: schema.shape as z.ZodRawShape });
      }
    }
  }

  /** The schema a render writes out although it is named (a shape's own definition). */
  private expanding: z.ZodTypeAny | null = null;

  /**
   * The type of `schema`; with `expand`, a named shape is written out rather than by its name. A long union starts
   * with a line break, one option a line.
   */
  render(schema: z.ZodTypeAny, expand = false): string {
    this.expanding = expand ? schema : null;
    const r = this.node(schema, '', expand);
    this.expanding = null;
    return withNotes(r.text, r.notes);
  }

  /** A schema's type: by its name if it is a named shape, else its structure with its description and notes. */
  private node(schema: z.ZodTypeAny, indent: string, expand = false): Rendered {
    const override = this.options.overrides?.get(schema);
    if (override) return leaf(override);
    const name = this.options.names.get(schema);
    if (name && !expand) {
      this.used.add(name);
      return leaf(name);
    }
    const r = this.structure(schema, indent);
    const extra = [schema.description, this.options.schemaNote?.(schema)].filter((x): x is string => Boolean(x));
    return extra.length ? { ...r, notes: [...r.notes, ...extra] } : r;
  }

  private structure(s: z.ZodTypeAny, indent: string): Rendered {
    if (s instanceof z.ZodOptional) return { ...this.node(s.unwrap(), indent), optional: true };
    if (s instanceof z.ZodNullable) {
      const inner = this.node(s.unwrap(), indent);
      return { ...inner, text: `${inner.text} | null`, union: true };
    }
    if (s instanceof z.ZodDefault) {
      const inner = this.node(s.removeDefault(), indent);
      const value: unknown = s._def.defaultValue();
      return { ...inner, optional: true, notes: [...inner.notes, `default ${JSON.stringify(value)}`] };
    }
    if (s instanceof z.ZodEffects) {
      const inner = s.innerType();
      // z.custom(check): any value the check accepts
      if (inner instanceof z.ZodAny && s._def.effect.type === 'refinement') return leaf('unknown', ['checked in code']);
      return this.node(inner, indent);
    }
    if (s instanceof z.ZodPipeline) {
      const out = this.node(s._def.out as z.ZodTypeAny, indent);
      return { ...out, notes: [...out.notes, 'normalised first'] };
    }
    if (s instanceof z.ZodBranded) return this.node(s.unwrap(), indent);
    if (s instanceof z.ZodReadonly || s instanceof z.ZodCatch) return this.node(s._def.innerType, indent);
    if (s instanceof z.ZodLazy) return this.node(s.schema, indent);
    if (s instanceof z.ZodObject) return this.object(s, indent);
    if (s instanceof z.ZodArray) return this.array(s, indent);
    if (s instanceof z.ZodUnion || s instanceof z.ZodDiscriminatedUnion) {
      const options = (s.options as z.ZodTypeAny[]).map((o) => this.node(o, indent + INDENT + INDENT));
      const notes = options.flatMap((o) => o.notes);
      if (options.every((o) => !o.text.includes('\n'))) {
        return { text: options.map((o) => o.text).join(' | '), notes, optional: false, union: true };
      }
      // one option a line, as prettier writes a long union
      const text = options.map((o) => `\n${indent}${INDENT}| ${o.text}`).join('');
      return { text, notes, optional: false, union: true };
    }
    if (s instanceof z.ZodIntersection) {
      const [l, r] = [this.node(s._def.left, indent), this.node(s._def.right, indent)];
      return leaf(`${l.text} & ${r.text}`, [...l.notes, ...r.notes]);
    }
    if (s instanceof z.ZodTuple) {
      return leaf(`[${(s.items as z.ZodTypeAny[]).map((i) => this.node(i, indent).text).join(', ')}]`);
    }
    if (s instanceof z.ZodRecord) {
      const value = this.node(s.valueSchema, indent);
      return leaf(`Record<string, ${value.text}>`, value.notes);
    }
    if (s instanceof z.ZodEnum) return this.union(s.options as string[], s !== this.expanding);
    if (s instanceof z.ZodNativeEnum) {
      const values = Object.entries(s.enum as Record<string, string | number>)
        .filter(([k]) => Number.isNaN(Number(k)))
        .map(([, v]) => v);
      return this.union(values, true);
    }
    if (s instanceof z.ZodLiteral) return leaf(JSON.stringify(s.value));
    if (s instanceof z.ZodString) return leaf('string', stringNotes(s));
    if (s instanceof z.ZodNumber) return numberType(s);
    if (s instanceof z.ZodBoolean) return leaf('boolean');
    if (s instanceof z.ZodDate) return leaf('Date');
    if (s instanceof z.ZodNull) return leaf('null');
    if (s instanceof z.ZodAny || s instanceof z.ZodUnknown) return leaf('unknown');
    return leaf(
      String(s._def.typeName ?? 'unknown')
        .replace(/^Zod/, '')
        .toLowerCase(),
    );
  }

  private union(values: readonly (string | number)[], byName: boolean): Rendered {
    const named = byName ? this.enumNames.get(enumKey(values)) : undefined;
    if (named) {
      this.used.add(named);
      return leaf(named);
    }
    const text = values.map((v) => JSON.stringify(v)).join(' | ');
    return { text, notes: [], optional: false, union: values.length > 1 };
  }

  private array(s: z.ZodArray<z.ZodTypeAny>, indent: string): Rendered {
    const item = this.node(s.element, indent);
    const text = item.union ? `(${item.text})[]` : `${item.text}[]`;
    const { minLength, maxLength, exactLength } = s._def;
    const notes = item.notes.map((n) => `each: ${n}`);
    if (exactLength) notes.push(`${exactLength.value} items`);
    else if (minLength && maxLength) notes.push(`${minLength.value}–${maxLength.value} items`);
    else if (maxLength) notes.push(`at most ${maxLength.value} items`);
    else if (minLength) notes.push(`at least ${minLength.value} item${minLength.value === 1 ? '' : 's'}`);
    return leaf(text, notes);
  }

  private object(s: z.AnyZodObject, indent: string): Rendered {
    const shape = s.shape as z.ZodRawShape;
    const base = this.baseShape(shape);
    const keys = Object.keys(shape).filter((k) => !base || !(k in base.shape));
    const inner = indent + INDENT;
    const lines = keys.map((key) => {
      const r = this.node(shape[key]!, inner);
      const doc = this.options.fieldDoc?.(key, Object.keys(shape));
      const notes = [...(doc ? [doc] : []), ...r.notes];
      return { head: `${key}${r.optional ? '?' : ''}: ${r.text}`, notes };
    });
    if (s._def.unknownKeys === 'passthrough') lines.push({ head: '[key: string]: unknown', notes: [] });
    const prefix = base ? `${base.name} & ` : '';
    if (base) this.used.add(base.name);
    if (lines.length === 0) return leaf(`${prefix}{}`);
    const oneLine = `${prefix}{ ${lines.map((l) => l.head).join('; ')} }`;
    if (lines.every((l) => l.notes.length === 0 && !l.head.includes('\n')) && oneLine.length <= MAX_INLINE) {
      return leaf(oneLine);
    }
    const body = lines.map((l) => inner + withNotes(`${l.head};`, l.notes));
    return leaf([`${prefix}{`, ...body, `${indent}}`].join('\n'));
  }

  /** The largest named object shape this one extends (all of its fields, the very same schemas), if any. */
  private baseShape(shape: z.ZodRawShape): { name: string; shape: z.ZodRawShape } | undefined {
    const keys = Object.keys(shape).length;
    return this.objectShapes
      .filter((o) => Object.keys(o.shape).length < keys)
      .filter((o) => Object.entries(o.shape).every(([k, v]) => shape[k] === v))
      .sort((a, b) => Object.keys(b.shape).length - Object.keys(a.shape).length)[0];
  }
}

/** A line's text with its notes as a `//` comment (after the first line of a type that spans several). */
function withNotes(text: string, notes: readonly string[]): string {
  if (notes.length === 0) return text;
  const comment = ` // ${notes.join('; ')}`;
  const nl = text.indexOf('\n');
  return nl < 0 ? text + comment : text.slice(0, nl) + comment + text.slice(nl);
}

function range(min: number | undefined, max: number | undefined, unit: string): string | undefined {
  if (min !== undefined && max !== undefined) return min === max ? `${min} ${unit}` : `${min}–${max} ${unit}`;
  if (max !== undefined) return `at most ${max} ${unit}`;
  if (min !== undefined && min > 1) return `at least ${min} ${unit}`;
  if (min === 1) return 'not empty';
  return undefined;
}

function stringNotes(s: z.ZodString): string[] {
  let min: number | undefined;
  let max: number | undefined;
  const notes: string[] = [];
  for (const c of s._def.checks) {
    if (c.kind === 'min') min = c.value;
    else if (c.kind === 'max') max = c.value;
    else if (c.kind === 'length') min = max = c.value;
    else if (c.kind === 'regex') notes.push(`pattern ${String(c.regex)}`);
    else if (c.kind === 'datetime') notes.push(c.offset ? 'ISO-8601 with offset' : 'ISO-8601, UTC');
    else if (['email', 'url', 'uuid', 'cuid', 'ulid', 'date', 'time', 'ip'].includes(c.kind)) notes.push(c.kind);
  }
  const length = range(min, max, 'chars');
  return length ? [length, ...notes] : notes;
}

function numberType(s: z.ZodNumber): Rendered {
  const int = s._def.checks.some((c) => c.kind === 'int');
  let min: string | undefined;
  let max: string | undefined;
  for (const c of s._def.checks) {
    if (c.kind === 'min') min = c.inclusive ? `${c.value}` : `> ${c.value}`;
    if (c.kind === 'max') max = c.inclusive ? `${c.value}` : `< ${c.value}`;
  }
  const bounds =
    min !== undefined && max !== undefined && !min.startsWith('>') && !max.startsWith('<')
      ? [min.startsWith('-') ? `${min} to ${max}` : `${min}–${max}`]
      : [min && (min.startsWith('>') ? min : `≥ ${min}`), max && (max.startsWith('<') ? max : `≤ ${max}`)].filter(
          (x): x is string => Boolean(x),
        );
  return leaf(int ? 'integer' : 'number', bounds);
}
