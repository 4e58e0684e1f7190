// The CloudBase management calls the deploy makes, as a small interface over @cloudbase/manager-node's methods (same
// names, same request and answer shapes, only the fields used): manager-admin.ts passes them to a real manager, and
// fake-manager.ts answers them from memory for the tests and for a dry run without a Tencent Cloud account.

export interface IndexKey {
  Name?: string;
  /** '1' ascending */
  Direction?: string;
}

/** An index as `database.describeCollection` reports it. */
export interface IndexInfo {
  Name: string;
  Keys: IndexKey[];
  Unique: boolean;
}

/** An index to create, as `database.updateCollection` takes it (UpdateTable's CreateIndex; MgoIsSparse included). */
export interface CreateIndex {
  IndexName: string;
  MgoKeySchema: {
    MgoIndexKeys: { Name: string; Direction: string }[];
    MgoIsUnique: boolean;
    MgoIsSparse?: boolean;
  };
}

export interface StorageRule {
  read: boolean | string;
  write: boolean | string;
}

/** A timer trigger as GetFunction reports it (TriggerDesc may be the cron itself or `{"cron": "…"}`). */
export interface TriggerInfo {
  TriggerName?: string;
  Name?: string;
  Type: string;
  TriggerDesc?: string;
  Config?: string;
}

/** What `functions.getFunctionDetail` answers, in the fields the deploy reads. */
export interface FunctionDetail {
  FunctionName: string;
  Runtime: string;
  Timeout: number;
  MemorySize: number;
  Description: string;
  Environment?: { Variables?: { Key: string; Value: string }[] };
  Triggers?: TriggerInfo[];
}

export interface TimerTrigger {
  name: string;
  type: 'timer';
  /** CloudBase's 7-field cron */
  config: string;
}

/** The function as `functions.createFunction` / `updateFunctionConfig` take it (ICloudFunction's fields). */
export interface CloudFunctionConfig {
  name: string;
  description?: string;
  timeout?: number;
  memorySize?: number;
  runtime?: string;
  handler?: string;
  installDependency?: boolean;
  envVariables?: Record<string, string>;
  isWaitInstall?: boolean;
}

export interface CloudbaseAdmin {
  /** the environment this admin changes (for the plan's heading) */
  readonly envId: string;
  // database (manager.database)
  checkCollectionExists(name: string): Promise<{ Exists: boolean }>;
  createCollection(name: string): Promise<unknown>;
  describeCollection(name: string): Promise<{ Indexes?: IndexInfo[] }>;
  updateCollection(
    name: string,
    info: { CreateIndexes?: CreateIndex[]; DropIndexes?: { IndexName: string }[] },
  ): Promise<unknown>;
  // a collection's permission (manager.commonService().call: DescribeDatabaseACL / ModifyDatabaseACL)
  describeDatabaseAcl(collection: string): Promise<{ AclTag: string }>;
  modifyDatabaseAcl(collection: string, aclTag: string): Promise<unknown>;
  // storage (manager.storage)
  getStorageAcl(): Promise<{ acl: string; rule?: StorageRule }>;
  setStorageAcl(acl: string, rule?: StorageRule): Promise<unknown>;
  // functions (manager.functions); getFunctionDetail throws an error whose code starts with ResourceNotFound for none
  getFunctionDetail(name: string): Promise<FunctionDetail>;
  createFunction(params: { func: CloudFunctionConfig; functionRootPath: string; force: false }): Promise<unknown>;
  updateFunctionCode(params: { func: CloudFunctionConfig; functionRootPath: string }): Promise<unknown>;
  updateFunctionConfig(func: CloudFunctionConfig): Promise<unknown>;
  waitFunctionActive(name: string): Promise<void>;
  createFunctionTriggers(name: string, triggers: TimerTrigger[]): Promise<unknown>;
  deleteFunctionTrigger(name: string, triggerName: string): Promise<unknown>;
}

/** Whether an error from the manager says the resource is not there. */
export function isNotFound(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('ResourceNotFound');
}
