// Test helper: an in-memory stand-in for the CloudBase database server, behind the real node-sdk's request layer,
// so the CloudBase store runs the store contract offline. It evaluates the MongoDB subset the adapter sends.
import type { CloudbaseDb } from '../cloudbase/sdk';

type Doc = Record<string, unknown>;
type Query = Record<string, unknown>;

export interface SentRequest {
  api: string;
  params: Record<string, unknown>;
}

/** EJSON (canonical, as the SDK sends it) → plain JSON values. */
function parseEjson(text: unknown): unknown {
  if (typeof text !== 'string') return text;
  return JSON.parse(text, (_key, value: unknown) => {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const v = value as Record<string, unknown>;
      for (const tag of ['$numberInt', '$numberDouble', '$numberLong']) if (tag in v) return Number(v[tag]);
    }
    return value;
  });
}

function pathValue(doc: Doc, path: string): unknown {
  let at: unknown = doc;
  for (const part of path.split('.')) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Doc)[part];
  }
  return at;
}

/** BSON comparison order of the types used here: null < numbers < strings < objects < booleans. */
function typeRank(v: unknown): number {
  if (v === null || v === undefined) return 0;
  if (typeof v === 'number') return 1;
  if (typeof v === 'string') return 2;
  if (typeof v === 'boolean') return 5;
  return 3;
}

function compare(a: unknown, b: unknown): number {
  const ra = typeRank(a);
  const rb = typeRank(b);
  if (ra !== rb) return ra - rb;
  if (ra === 0) return 0;
  return (a as number) < (b as number) ? -1 : (a as number) > (b as number) ? 1 : 0;
}

function equals(value: unknown, expected: unknown): boolean {
  if (expected === null) return value === null || value === undefined;
  // MongoDB: a plain value matches an array field holding it
  if (Array.isArray(value)) return value.includes(expected);
  return value === expected;
}

function matchesOperator(value: unknown, op: string, operand: unknown): boolean {
  const sameType = value !== undefined && value !== null && typeRank(value) === typeRank(operand);
  switch (op) {
    case '$eq':
      return equals(value, operand);
    case '$ne':
      return !equals(value, operand);
    case '$in':
      return (operand as unknown[]).some((o) => equals(value, o));
    case '$gt':
      return sameType && compare(value, operand) > 0;
    case '$gte':
      return sameType && compare(value, operand) >= 0;
    case '$lt':
      return sameType && compare(value, operand) < 0;
    case '$lte':
      return sameType && compare(value, operand) <= 0;
    default:
      throw new Error(`fake server: unsupported operator ${op}`);
  }
}

export function matches(doc: Doc, query: Query): boolean {
  return Object.entries(query).every(([key, cond]) => {
    if (key === '$and') return (cond as Query[]).every((q) => matches(doc, q));
    if (key === '$or') return (cond as Query[]).some((q) => matches(doc, q));
    const value = pathValue(doc, key);
    const isOps = cond !== null && typeof cond === 'object' && Object.keys(cond).every((k) => k.startsWith('$'));
    if (!isOps) return equals(value, cond);
    return Object.entries(cond as Query).every(([op, operand]) => matchesOperator(value, op, operand));
  });
}

function setPath(doc: Doc, path: string, value: unknown): void {
  const parts = path.split('.');
  let at = doc;
  for (const part of parts.slice(0, -1)) {
    if (typeof at[part] !== 'object' || at[part] === null) at[part] = {};
    at = at[part] as Doc;
  }
  at[parts[parts.length - 1]!] = value;
}

function unsetPath(doc: Doc, path: string): void {
  const parts = path.split('.');
  const parent = parts.length > 1 ? pathValue(doc, parts.slice(0, -1).join('.')) : doc;
  if (parent && typeof parent === 'object') delete (parent as Doc)[parts[parts.length - 1]!];
}

function applyUpdate(doc: Doc, update: Record<string, Record<string, unknown>>): void {
  for (const [op, fields] of Object.entries(update)) {
    for (const [path, value] of Object.entries(fields)) {
      if (op === '$set') setPath(doc, path, structuredClone(value));
      else if (op === '$unset') unsetPath(doc, path);
      else if (op === '$inc') setPath(doc, path, ((pathValue(doc, path) as number) ?? 0) + (value as number));
      else throw new Error(`fake server: unsupported update ${op}`);
    }
  }
}

export class FakeCloudbaseServer {
  readonly collections = new Map<string, Map<string, Doc>>();
  readonly sent: SentRequest[] = [];

  private docs(name: string): Map<string, Doc> {
    let docs = this.collections.get(name);
    if (!docs) this.collections.set(name, (docs = new Map()));
    return docs;
  }

  private select(name: string, query: Query): Doc[] {
    return [...this.docs(name).values()].filter((d) => matches(d, query));
  }

  /** One request, executed whole at one point in time (as MongoDB does for one document), after a turn of the loop. */
  async send(api: string, params: Record<string, unknown>): Promise<unknown> {
    this.sent.push({ api, params });
    await new Promise((resolve) => setImmediate(resolve));
    const name = params.collectionName as string;
    const query = (parseEjson(params.query) ?? {}) as Query;
    switch (api) {
      case 'database.getDocument':
        return { requestId: 'fake', data: { list: this.get(name, query, params).map((d) => JSON.stringify(d)) } };
      case 'database.calculateDocument':
        return { requestId: 'fake', data: { total: this.select(name, query).length } };
      case 'database.insertDocument':
        return { requestId: 'fake', data: { insertedIds: this.insert(name, params.data as string[]) } };
      case 'database.modifyDocument':
        return { requestId: 'fake', data: { updated: this.modify(name, query, params) } };
      case 'database.removeDocument': {
        const gone = this.select(name, query).slice(0, params.multi === false ? 1 : undefined);
        for (const d of gone) this.docs(name).delete(d._id as string);
        return { requestId: 'fake', data: { deleted: gone.length } };
      }
      default:
        throw new Error(`fake server: unsupported api ${api}`);
    }
  }

  private get(name: string, query: Query, params: Record<string, unknown>): Doc[] {
    const order = Object.entries((parseEjson(params.order) ?? {}) as Record<string, number>);
    const sorted = this.select(name, query).sort((a, b) => {
      for (const [path, dir] of order) {
        const c = compare(pathValue(a, path), pathValue(b, path));
        if (c !== 0) return c * dir;
      }
      return 0;
    });
    const offset = (params.offset as number | undefined) ?? 0;
    return sorted.slice(offset, offset + ((params.limit as number | undefined) ?? 100));
  }

  private insert(name: string, data: string[]): string[] {
    const docs = data.map((d) => parseEjson(d) as Doc);
    for (const doc of docs) {
      if (this.docs(name).has(doc._id as string)) {
        throw Object.assign(new Error('E11000 duplicate key error'), { code: 'DATABASE_REQUEST_FAILED' });
      }
    }
    for (const doc of docs) this.docs(name).set(doc._id as string, doc);
    return docs.map((d) => d._id as string);
  }

  private modify(name: string, query: Query, params: Record<string, unknown>): number {
    if (params.merge !== true || params.upsert === true)
      throw new Error('fake server: only merge updates without upsert');
    const targets = this.select(name, query).slice(0, params.multi === false ? 1 : undefined);
    for (const doc of targets) applyUpdate(doc, parseEjson(params.data) as Record<string, Record<string, unknown>>);
    return targets.length;
  }

  /** Points the SDK's database requests (every Db: the request class is static) at this server. */
  install(db: CloudbaseDb): void {
    const send = (api: string, data: Record<string, unknown>) => this.send(api, data);
    (db.constructor as unknown as { reqClass: unknown }).reqClass = class {
      send = send;
    };
  }
}
