// A CloudBase environment in memory behind the admin interface, answering as the management API does (a fresh
// environment: no collections, storage readable by all, no functions; GetFunction's timer triggers with
// TriggerDesc `{"cron": …}`; errors with ResourceNotFound / ResourceInUse codes). It records every call, so tests see
// exactly what a deploy wrote, and can keep its state in a JSON file (`AFTERCARE_DEPLOY_FAKE=1` runs of the CLI).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type {
  CloudbaseAdmin,
  CloudFunctionConfig,
  CreateIndex,
  FunctionDetail,
  IndexInfo,
  StorageRule,
  TimerTrigger,
} from './admin';

interface FakeFunction {
  detail: FunctionDetail;
  /** sha256 of the uploaded directory's files */
  code: string;
}

export interface FakeCloudbaseState {
  collections: Record<string, { indexes: IndexInfo[]; acl: string }>;
  storage: { acl: string; rule?: StorageRule };
  functions: Record<string, FakeFunction>;
}

export interface RecordedCall {
  method: keyof CloudbaseAdmin;
  args: unknown[];
}

const READS: ReadonlySet<string> = new Set([
  'checkCollectionExists',
  'describeCollection',
  'describeDatabaseAcl',
  'getStorageAcl',
  'getFunctionDetail',
  'waitFunctionActive',
]);

function fail(code: string, message: string): never {
  throw Object.assign(new Error(`${code}: ${message}`), { code });
}

function freshState(): FakeCloudbaseState {
  return { collections: {}, storage: { acl: 'READONLY' }, functions: {} };
}

/** What a function's code upload carries: every file of <root>/<name>, as the manager's packer zips it. */
function codeDigest(root: string, name: string): string {
  const dir = join(root, name);
  if (!existsSync(join(dir, 'index.js'))) fail('InvalidParameter.Code', `no ${join(dir, 'index.js')} to upload`);
  const hash = createHash('sha256');
  for (const file of readdirSync(dir).sort()) hash.update(file).update(readFileSync(join(dir, file)));
  return hash.digest('hex');
}

export class FakeCloudbaseAdmin implements CloudbaseAdmin {
  readonly calls: RecordedCall[] = [];

  constructor(
    readonly envId: string,
    readonly state: FakeCloudbaseState = freshState(),
    /** where the state is kept between runs; none: memory only */
    private readonly file: string | null = null,
  ) {}

  /** The fake kept in `file` (a fresh environment when the file is not there yet). */
  static load(envId: string, file: string): FakeCloudbaseAdmin {
    const state = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as FakeCloudbaseState) : freshState();
    return new FakeCloudbaseAdmin(envId, state, file);
  }

  /** The calls that changed something. */
  writes(): RecordedCall[] {
    return this.calls.filter((c) => !READS.has(c.method));
  }

  private record(method: keyof CloudbaseAdmin, ...args: unknown[]): void {
    this.calls.push({ method, args: JSON.parse(JSON.stringify(args)) as unknown[] });
  }

  private save(): void {
    if (!this.file) return;
    mkdirSync(dirname(this.file), { recursive: true });
    writeFileSync(this.file, `${JSON.stringify(this.state, null, 2)}\n`);
  }

  private collection(name: string) {
    return this.state.collections[name] ?? fail('ResourceNotFound', `collection ${name} does not exist`);
  }

  private fn(name: string): FakeFunction {
    return this.state.functions[name] ?? fail('ResourceNotFound.Function', `function ${name} does not exist`);
  }

  async checkCollectionExists(name: string) {
    this.record('checkCollectionExists', name);
    return { Exists: name in this.state.collections };
  }

  async createCollection(name: string) {
    this.record('createCollection', name);
    if (name in this.state.collections) fail('ResourceInUse', `collection ${name} exists`);
    this.state.collections[name] = {
      indexes: [{ Name: '_id_', Keys: [{ Name: '_id', Direction: '1' }], Unique: true }],
      acl: 'PRIVATE',
    };
    this.save();
    return { RequestId: 'fake' };
  }

  async describeCollection(name: string) {
    this.record('describeCollection', name);
    return { Indexes: JSON.parse(JSON.stringify(this.collection(name).indexes)) as IndexInfo[] };
  }

  async updateCollection(name: string, info: { CreateIndexes?: CreateIndex[]; DropIndexes?: { IndexName: string }[] }) {
    this.record('updateCollection', name, info);
    const c = this.collection(name);
    for (const { IndexName } of info.DropIndexes ?? []) {
      if (!c.indexes.some((i) => i.Name === IndexName)) fail('ResourceNotFound.Index', `no index ${IndexName}`);
      c.indexes = c.indexes.filter((i) => i.Name !== IndexName);
    }
    for (const index of info.CreateIndexes ?? []) {
      if (c.indexes.some((i) => i.Name === index.IndexName))
        fail('ResourceInUse.Index', `index ${index.IndexName} exists`);
      c.indexes.push({
        Name: index.IndexName,
        Keys: index.MgoKeySchema.MgoIndexKeys.map((k) => ({ Name: k.Name, Direction: k.Direction })),
        Unique: index.MgoKeySchema.MgoIsUnique,
      });
    }
    this.save();
    return { RequestId: 'fake' };
  }

  async describeDatabaseAcl(collection: string) {
    this.record('describeDatabaseAcl', collection);
    return { AclTag: this.collection(collection).acl };
  }

  async modifyDatabaseAcl(collection: string, aclTag: string) {
    this.record('modifyDatabaseAcl', collection, aclTag);
    this.collection(collection).acl = aclTag;
    this.save();
    return { RequestId: 'fake' };
  }

  async getStorageAcl() {
    this.record('getStorageAcl');
    return JSON.parse(JSON.stringify(this.state.storage)) as { acl: string; rule?: StorageRule };
  }

  async setStorageAcl(acl: string, rule?: StorageRule) {
    this.record('setStorageAcl', acl, rule);
    if (acl === 'CUSTOM' && !rule) fail('InvalidParameter', 'CUSTOM needs a rule');
    this.state.storage = rule ? { acl, rule } : { acl };
    this.save();
    return { RequestId: 'fake' };
  }

  async getFunctionDetail(name: string) {
    this.record('getFunctionDetail', name);
    return JSON.parse(JSON.stringify(this.fn(name).detail)) as FunctionDetail;
  }

  async createFunction({ func, functionRootPath }: { func: CloudFunctionConfig; functionRootPath: string }) {
    this.record('createFunction', { func, functionRootPath });
    if (func.name in this.state.functions) fail('ResourceInUse.FunctionName', `function ${func.name} exists`);
    this.state.functions[func.name] = {
      code: codeDigest(functionRootPath, func.name),
      detail: {
        FunctionName: func.name,
        Runtime: func.runtime ?? 'Nodejs18.15',
        Timeout: func.timeout ?? 3,
        MemorySize: func.memorySize ?? 256,
        Description: func.description ?? '',
        Environment: {
          Variables: Object.entries(func.envVariables ?? {}).map(([Key, Value]) => ({ Key, Value: String(Value) })),
        },
        Triggers: [],
      },
    };
    this.save();
    return { RequestId: 'fake' };
  }

  async updateFunctionCode({ func, functionRootPath }: { func: CloudFunctionConfig; functionRootPath: string }) {
    this.record('updateFunctionCode', { func, functionRootPath });
    this.fn(func.name).code = codeDigest(functionRootPath, func.name);
    this.save();
    return { RequestId: 'fake' };
  }

  async updateFunctionConfig(func: CloudFunctionConfig) {
    this.record('updateFunctionConfig', func);
    const { detail } = this.fn(func.name);
    if (func.timeout !== undefined) detail.Timeout = func.timeout;
    if (func.memorySize !== undefined) detail.MemorySize = func.memorySize;
    if (func.description !== undefined) detail.Description = func.description;
    // as UpdateFunctionConfiguration: the variables given replace them all (none given: untouched)
    if (func.envVariables && Object.keys(func.envVariables).length) {
      detail.Environment = {
        Variables: Object.entries(func.envVariables).map(([Key, Value]) => ({ Key, Value: String(Value) })),
      };
    }
    this.save();
    return { RequestId: 'fake' };
  }

  async waitFunctionActive(name: string) {
    this.record('waitFunctionActive', name);
    this.fn(name);
  }

  async createFunctionTriggers(name: string, triggers: TimerTrigger[]) {
    this.record('createFunctionTriggers', name, triggers);
    const { detail } = this.fn(name);
    const existing = detail.Triggers ?? [];
    for (const t of triggers) {
      if (t.type !== 'timer') fail('InvalidParameter.Trigger', `only timer triggers, not ${t.type}`);
      if (existing.some((e) => e.TriggerName === t.name)) fail('ResourceInUse.Trigger', `trigger ${t.name} exists`);
      existing.push({ TriggerName: t.name, Type: 'timer', TriggerDesc: JSON.stringify({ cron: t.config }) });
    }
    detail.Triggers = existing;
    this.save();
    return { RequestId: 'fake' };
  }

  async deleteFunctionTrigger(name: string, triggerName: string) {
    this.record('deleteFunctionTrigger', name, triggerName);
    const { detail } = this.fn(name);
    if (!(detail.Triggers ?? []).some((t) => t.TriggerName === triggerName)) {
      fail('ResourceNotFound.Trigger', `no trigger ${triggerName}`);
    }
    detail.Triggers = (detail.Triggers ?? []).filter((t) => t.TriggerName !== triggerName);
    this.save();
    return { RequestId: 'fake' };
  }

  /** The code a function last received (tests: the bundle that was uploaded). */
  codeOf(name: string): string {
    return this.fn(name).code;
  }
}
