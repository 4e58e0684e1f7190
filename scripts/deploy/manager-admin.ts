// The admin interface over a real @cloudbase/manager-node manager: each method is the manager's own call, passed
// through (the types below are the manager's, so a change of its API fails the type check here, not in production).
import CloudBase from '@cloudbase/manager-node';
import type { CloudbaseAdmin, CloudFunctionConfig, FunctionDetail, StorageRule } from './admin';

export interface ManagerCredentials {
  envId: string;
  secretId: string;
  secretKey: string;
  /** a temporary key's session token (STS), if any */
  token?: string;
}

export function createManagerAdmin(credentials: ManagerCredentials): CloudbaseAdmin {
  const { envId, secretId, secretKey, token } = credentials;
  const manager = new CloudBase({ envId, secretId, secretKey, ...(token ? { token } : {}) });
  const { database, storage, functions } = manager;
  // the database ACL has no method of its own: the manager's documented route is commonService (tcb 2018-06-08)
  const tcb = () => manager.commonService('tcb', '2018-06-08');
  const asFunction = (func: CloudFunctionConfig) => func as Parameters<typeof functions.updateFunctionConfig>[0];
  return {
    envId,
    checkCollectionExists: (name) => database.checkCollectionExists(name),
    createCollection: (name) => database.createCollection(name),
    describeCollection: async (name) => {
      const res = await database.describeCollection(name);
      return {
        Indexes: (res.Indexes ?? []).map((i) => ({ Name: i.Name, Keys: i.Keys ?? [], Unique: Boolean(i.Unique) })),
      };
    },
    // MgoIsSparse is UpdateTable's own field; the manager passes the request through as given
    updateCollection: (name, info) =>
      database.updateCollection(name, info as Parameters<typeof database.updateCollection>[1]),
    describeDatabaseAcl: async (collection) => {
      const res = (await tcb().call({
        Action: 'DescribeDatabaseACL',
        Param: { EnvId: envId, CollectionName: collection },
      })) as {
        AclTag?: string;
      };
      return { AclTag: res.AclTag ?? '' };
    },
    modifyDatabaseAcl: (collection, aclTag) =>
      tcb().call({ Action: 'ModifyDatabaseACL', Param: { EnvId: envId, CollectionName: collection, AclTag: aclTag } }),
    getStorageAcl: async () => {
      const res = await storage.getStorageAcl({ withRule: true });
      return { acl: res.acl, ...(res.rule ? { rule: res.rule as StorageRule } : {}) };
    },
    setStorageAcl: (acl, rule) => storage.setStorageAcl(acl as Parameters<typeof storage.setStorageAcl>[0], rule),
    getFunctionDetail: async (name) => (await functions.getFunctionDetail(name)) as unknown as FunctionDetail,
    createFunction: ({ func, functionRootPath, force }) =>
      functions.createFunction({ func: asFunction(func), functionRootPath, force }),
    updateFunctionCode: ({ func, functionRootPath }) =>
      functions.updateFunctionCode({ func: asFunction(func), functionRootPath }),
    updateFunctionConfig: (func) => functions.updateFunctionConfig(asFunction(func)),
    waitFunctionActive: (name) => functions.waitFunctionActive(name),
    createFunctionTriggers: (name, triggers) => functions.createFunctionTriggers(name, triggers),
    deleteFunctionTrigger: (name, triggerName) => functions.deleteFunctionTrigger(name, triggerName),
  };
}
