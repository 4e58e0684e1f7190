// Carries a plan out: only its create, update and drop items, in an order that keeps the environment usable
// (collections and their rules first, then storage, then each function: code, configuration, timers).
import type { CloudbaseAdmin, CreateIndex } from './admin';
import type { DesiredIndex } from './desired';
import type { FunctionPlan, Plan } from './plan';

function createIndexOf(index: DesiredIndex): CreateIndex {
  return {
    IndexName: index.name,
    MgoKeySchema: {
      MgoIndexKeys: index.fields.map((Name) => ({ Name, Direction: '1' })),
      MgoIsUnique: index.unique,
      ...(index.sparse ? { MgoIsSparse: true } : {}),
    },
  };
}

async function applyFunction(admin: CloudbaseAdmin, f: FunctionPlan, functionRoot: string, log: (l: string) => void) {
  const want = f.desired;
  const base = { name: f.name, handler: 'index.main', installDependency: true } as const;
  if (f.change === 'create') {
    log(`function ${f.name}: create`);
    await admin.createFunction({
      func: {
        ...base,
        runtime: want.runtime,
        timeout: want.timeout,
        memorySize: want.memorySize,
        description: want.description,
        envVariables: f.envAfter,
        isWaitInstall: true,
      },
      functionRootPath: functionRoot,
      force: false,
    });
  } else {
    if (f.code.change !== 'unchanged') {
      log(`function ${f.name}: code ${f.code.from ?? '(unknown)'} → ${f.code.to}`);
      await admin.updateFunctionCode({
        func: { ...base, runtime: want.runtime, isWaitInstall: true },
        functionRootPath: functionRoot,
      });
    }
    const envChanged = f.env.some((e) => e.change !== 'unchanged');
    if (f.code.change !== 'unchanged' || f.config.change !== 'unchanged' || envChanged) {
      log(`function ${f.name}: configuration`);
      await admin.waitFunctionActive(f.name);
      await admin.updateFunctionConfig({
        name: f.name,
        timeout: want.timeout,
        memorySize: want.memorySize,
        description: want.description,
        envVariables: f.envAfter,
      });
    }
  }
  const drops = f.triggers.filter((t) => t.change === 'drop' || t.change === 'update');
  const creates = f.triggers.filter((t) => t.change === 'create' || t.change === 'update');
  if (drops.length || creates.length) await admin.waitFunctionActive(f.name);
  for (const t of drops) {
    log(`function ${f.name}: timer ${t.name} drop`);
    await admin.deleteFunctionTrigger(f.name, t.name);
  }
  if (creates.length) {
    log(`function ${f.name}: timers ${creates.map((t) => t.name).join(', ')}`);
    await admin.createFunctionTriggers(
      f.name,
      creates.map((t) => ({ name: t.name, type: 'timer', config: t.to })),
    );
  }
}

export async function applyPlan(
  admin: CloudbaseAdmin,
  plan: Plan,
  functionRoot: string,
  log: (line: string) => void = console.log,
): Promise<void> {
  for (const c of plan.collections) {
    if (c.change === 'create') {
      log(`collection ${c.name}: create`);
      await admin.createCollection(c.name);
    }
    // a changed index is dropped, then made again: one request cannot drop and create the same name
    const drop = c.indexes.filter((i) => i.change === 'drop' || i.change === 'update').map((i) => i.index.name);
    if (drop.length) {
      log(`collection ${c.name}: drop indexes ${drop.join(', ')}`);
      await admin.updateCollection(c.name, { DropIndexes: drop.map((IndexName) => ({ IndexName })) });
    }
    const create = c.indexes
      .filter((i) => i.change === 'create' || i.change === 'update')
      .map((i) => createIndexOf(i.index as DesiredIndex));
    if (create.length) {
      log(`collection ${c.name}: create indexes ${create.map((i) => i.IndexName).join(', ')}`);
      await admin.updateCollection(c.name, { CreateIndexes: create });
    }
    if (c.rule.change !== 'unchanged') {
      log(`collection ${c.name}: rule ${c.rule.to}`);
      await admin.modifyDatabaseAcl(c.name, c.rule.to);
    }
  }
  if (plan.storage.change !== 'unchanged') {
    log(`storage: rule ${plan.storage.to}`);
    await admin.setStorageAcl(plan.storage.acl, plan.storage.acl === 'CUSTOM' ? plan.storage.rule : undefined);
  }
  for (const f of plan.functions) {
    if (f.change !== 'unchanged') await applyFunction(admin, f, functionRoot, log);
  }
}
