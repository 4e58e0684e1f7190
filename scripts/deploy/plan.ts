// The plan (pure): what the deploy would change, item by item, comparing what the repository wants (desired.ts) with
// what the environment holds (state.ts). Every item says create, update, drop or unchanged; a second run after a
// successful one is all unchanged.
import { isManagedIndex } from '../../platform/cloudbase/indexes';
import type { FunctionDetail, IndexInfo, StorageRule, TimerTrigger, TriggerInfo } from './admin';
import {
  buildOf,
  isSecret,
  masked,
  type DesiredCollection,
  type DesiredFunction,
  type DesiredIndex,
  type DesiredState,
} from './desired';
import type { CurrentCollection, CurrentState } from './state';

export type Change = 'create' | 'update' | 'drop' | 'unchanged';

export interface IndexPlan {
  index: DesiredIndex | { name: string };
  change: Change;
  /** for unchanged: the name it has when an equal index was made by hand under another name */
  existsAs?: string;
}

export interface CollectionPlan {
  name: string;
  change: 'create' | 'unchanged';
  indexes: IndexPlan[];
  rule: { change: Change; from: string | null; to: string };
}

export interface EnvPlan {
  key: string;
  change: Change;
  from: string | null;
  to: string;
}

export interface TriggerPlan {
  name: string;
  change: Change;
  from: string | null;
  /** the cron; '' for a trigger to drop */
  to: string;
}

export interface FunctionPlan {
  name: string;
  change: 'create' | 'update' | 'unchanged';
  desired: DesiredFunction;
  code: { change: Change; from: string | null; to: string };
  config: { change: Change; fields: { field: 'timeout' | 'memorySize'; from: number | null; to: number }[] };
  env: EnvPlan[];
  /** every variable the function has after the deploy: its current ones, with the managed ones set */
  envAfter: Record<string, string>;
  triggers: TriggerPlan[];
}

export interface Plan {
  envId: string;
  collections: CollectionPlan[];
  /** from / to as the plan prints them; acl and rule what the deploy sets */
  storage: { change: Change; from: string; to: string; acl: string; rule: StorageRule };
  functions: FunctionPlan[];
  warnings: string[];
}

const keysOf = (fields: readonly string[]) => fields.map((f) => `${f}:1`).join(',');
const infoKeys = (info: IndexInfo) => info.Keys.map((k) => `${k.Name ?? ''}:${k.Direction ?? '1'}`).join(',');
const sameIndex = (want: DesiredIndex, info: IndexInfo) =>
  infoKeys(info) === keysOf(want.fields) && Boolean(info.Unique) === want.unique;

function planIndexes(want: DesiredCollection, current: CurrentCollection): IndexPlan[] {
  const plans: IndexPlan[] = [];
  const byName = new Map(current.indexes.map((i) => [i.Name, i]));
  for (const index of want.indexes) {
    const found = byName.get(index.name);
    if (found) {
      plans.push({ index, change: sameIndex(index, found) ? 'unchanged' : 'update' });
      continue;
    }
    // an equal index made by hand (the console's own name) already serves: MongoDB refuses a second one anyway
    const twin = current.indexes.find((i) => !isManagedIndex(i.Name) && i.Name !== '_id_' && sameIndex(index, i));
    plans.push(twin ? { index, change: 'unchanged', existsAs: twin.Name } : { index, change: 'create' });
  }
  const wanted = new Set(want.indexes.map((i) => i.name));
  for (const info of current.indexes) {
    if (isManagedIndex(info.Name) && !wanted.has(info.Name)) plans.push({ index: { name: info.Name }, change: 'drop' });
  }
  return plans;
}

function planCollection(want: DesiredCollection, current: CurrentCollection | undefined): CollectionPlan {
  const now = current ?? { exists: false, indexes: [], acl: null };
  return {
    name: want.name,
    change: now.exists ? 'unchanged' : 'create',
    indexes: planIndexes(want, now),
    rule: {
      change: !now.exists ? 'create' : now.acl === want.acl ? 'unchanged' : 'update',
      from: now.acl,
      to: want.acl,
    },
  };
}

/** The cron of a trigger as GetFunction reports it: the cron itself, or `{"cron": "…"}` (SCF's TriggerDesc). */
export function cronOf(trigger: TriggerInfo): string {
  const desc = trigger.TriggerDesc ?? trigger.Config ?? '';
  try {
    const parsed = JSON.parse(desc) as { cron?: unknown };
    if (parsed && typeof parsed.cron === 'string') return parsed.cron;
  } catch {
    // the cron itself
  }
  return desc;
}

function planTriggers(want: readonly TimerTrigger[], detail: FunctionDetail | null): TriggerPlan[] {
  const current = new Map(
    (detail?.Triggers ?? [])
      .filter((t) => t.Type === 'timer')
      .map((t) => [t.TriggerName ?? t.Name ?? '', cronOf(t)] as const),
  );
  const plans: TriggerPlan[] = want.map((t) => {
    const from = current.get(t.name) ?? null;
    const change: Change = from === null ? 'create' : from === t.config ? 'unchanged' : 'update';
    return { name: t.name, change, from, to: t.config };
  });
  for (const [name, from] of current) {
    if (!want.some((t) => t.name === name)) plans.push({ name, change: 'drop', from, to: '' });
  }
  return plans;
}

function planFunction(want: DesiredFunction, detail: FunctionDetail | null): FunctionPlan {
  const currentEnv = Object.fromEntries((detail?.Environment?.Variables ?? []).map((v) => [v.Key, v.Value]));
  const env: EnvPlan[] = Object.entries(want.env).map(([key, to]) => {
    const from = key in currentEnv ? currentEnv[key]! : null;
    return {
      key,
      change: detail === null || from === null ? 'create' : from === to ? 'unchanged' : 'update',
      from,
      to,
    };
  });
  const fromBuild = buildOf(detail?.Description);
  const toBuild = want.digest.slice(0, 16);
  const code = {
    change: (detail === null ? 'create' : fromBuild === toBuild ? 'unchanged' : 'update') as Change,
    from: fromBuild,
    to: toBuild,
  };
  const fields: FunctionPlan['config']['fields'] = [];
  if (detail?.Timeout !== want.timeout)
    fields.push({ field: 'timeout', from: detail?.Timeout ?? null, to: want.timeout });
  if (detail?.MemorySize !== want.memorySize) {
    fields.push({ field: 'memorySize', from: detail?.MemorySize ?? null, to: want.memorySize });
  }
  const config = { change: (detail === null ? 'create' : fields.length ? 'update' : 'unchanged') as Change, fields };
  const triggers = planTriggers(want.triggers, detail);
  const parts = [code.change, config.change, ...env.map((e) => e.change), ...triggers.map((t) => t.change)];
  return {
    name: want.name,
    change: detail === null ? 'create' : parts.every((c) => c === 'unchanged') ? 'unchanged' : 'update',
    desired: want,
    code,
    config,
    env,
    envAfter: { ...currentEnv, ...want.env },
    triggers,
  };
}

function sameRule(a: unknown, b: unknown): boolean {
  const norm = (r: unknown) => JSON.stringify(r ?? null, Object.keys((r as object) ?? {}).sort());
  return norm(a) === norm(b);
}

export function computePlan(envId: string, desired: DesiredState, current: CurrentState): Plan {
  const functions = desired.functions.map((f) => planFunction(f, current.functions[f.name] ?? null));
  const warnings = [...desired.warnings];
  for (const f of desired.functions) {
    const detail = current.functions[f.name];
    if (detail && detail.Runtime && detail.Runtime !== f.runtime) {
      warnings.push(
        `${f.name}: runs on ${detail.Runtime}, its config.json says ${f.runtime}; a runtime is chosen when a function ` +
          'is created (delete it in the console and deploy again to change it)',
      );
    }
  }
  const storageNow = current.storage;
  const storageSame = storageNow.acl === desired.storage.acl && sameRule(storageNow.rule, desired.storage.rule);
  return {
    envId,
    collections: desired.collections.map((c) => planCollection(c, current.collections[c.name])),
    storage: {
      change: storageSame ? 'unchanged' : 'update',
      from: storageNow.acl === 'CUSTOM' ? `CUSTOM ${JSON.stringify(storageNow.rule ?? {})}` : storageNow.acl,
      to: `${desired.storage.acl} ${JSON.stringify(desired.storage.rule)}`,
      acl: desired.storage.acl,
      rule: desired.storage.rule,
    },
    functions,
    warnings,
  };
}

// ---------------------------------------------------------------- the plan as lines

export interface PlanLine {
  change: Change;
  what: string;
  detail: string;
}

const shown = (key: string, value: string | null) =>
  value === null ? '(none)' : isSecret(key) ? masked(value) : value;

export function planLines(plan: Plan): PlanLine[] {
  const lines: PlanLine[] = [];
  for (const c of plan.collections) {
    lines.push({ change: c.change, what: `collection ${c.name}`, detail: '' });
    for (const i of c.indexes) {
      const fields =
        'fields' in i.index ? `(${i.index.fields.join(', ')})${i.index.unique ? ' unique sparse' : ''}` : '';
      const detail = i.existsAs ? `${fields} exists as ${i.existsAs}` : fields;
      lines.push({ change: i.change, what: `  index ${c.name}.${i.index.name}`, detail });
    }
    const rule = c.rule.change === 'update' ? `${c.rule.from} → ${c.rule.to}` : c.rule.to;
    lines.push({ change: c.rule.change, what: `  rule ${c.name}`, detail: rule });
  }
  lines.push({
    change: plan.storage.change,
    what: 'storage rule',
    detail: plan.storage.change === 'update' ? `${plan.storage.from} → ${plan.storage.to}` : plan.storage.to,
  });
  for (const f of plan.functions) {
    lines.push({ change: f.change, what: `function ${f.name}`, detail: f.desired.sends ? 'sends messages' : '' });
    const code =
      f.code.change === 'update' ? `build ${f.code.from ?? '(unknown)'} → ${f.code.to}` : `build ${f.code.to}`;
    lines.push({ change: f.code.change, what: `  code ${f.name}`, detail: code });
    const config =
      f.config.change === 'update'
        ? f.config.fields.map((x) => `${x.field} ${x.from ?? '(none)'} → ${x.to}`).join(', ')
        : `${f.desired.runtime}, timeout ${f.desired.timeout} s, ${f.desired.memorySize} MB`;
    lines.push({ change: f.config.change, what: `  config ${f.name}`, detail: config });
    for (const e of f.env) {
      const detail = e.change === 'update' ? `${shown(e.key, e.from)} → ${shown(e.key, e.to)}` : shown(e.key, e.to);
      lines.push({ change: e.change, what: `  env ${f.name}.${e.key}`, detail });
    }
    for (const t of f.triggers) {
      const detail = t.change === 'update' ? `${t.from} → ${t.to}` : t.change === 'drop' ? (t.from ?? '') : t.to;
      lines.push({ change: t.change, what: `  timer ${f.name}.${t.name}`, detail });
    }
  }
  return lines;
}

export function changesOf(plan: Plan): PlanLine[] {
  return planLines(plan).filter((l) => l.change !== 'unchanged');
}

/** The plan as the deploy prints it: one line per item, then a count of each change. */
export function formatPlan(plan: Plan): string {
  const lines = planLines(plan);
  const width = Math.max(...lines.map((l) => l.what.length));
  const out = [`CloudBase environment ${plan.envId}:`];
  for (const l of lines) out.push(`  ${l.change.padEnd(9)} ${l.what.padEnd(width)}  ${l.detail}`.trimEnd());
  const counts = (['create', 'update', 'drop', 'unchanged'] as const).map(
    (c) => `${lines.filter((l) => l.change === c).length} ${c}`,
  );
  out.push(`  ${counts.join(', ')}`);
  for (const w of plan.warnings) out.push(`  warning: ${w}`);
  return out.join('\n');
}
