// The deploy against the recorded fake of the management API: a first run creates everything, a second changes
// nothing (no write call at all), and a drifted index, variable, timer or build is exactly one update.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FUNCTIONS } from '../../cloudfunctions/registry';
import { COLLECTIONS } from '../../platform/collections';
import { digestOf } from '../build-functions';
import type { BuiltFunction } from '../function-manifest';
import { applyPlan } from './apply';
import { desiredState, STORAGE_RULE, TEMPLATE_IDS_VAR, type DeployInputs, type DesiredState } from './desired';
import { FakeCloudbaseAdmin } from './fake-manager';
import { changesOf, computePlan, formatPlan, planLines, type Plan } from './plan';
import { readState } from './state';

const IDS = { 'ticket.offered': 'T_OFFERED_0123456789', 'sla.alert': 'T_ALERT_0123456789' };

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'aftercare-deploy-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** dist/cloudfunctions as the build leaves it, in a temp dir: one bundle per function of the registry. */
function buildInto(dir: string, version = 'v1'): BuiltFunction[] {
  return Object.keys(FUNCTIONS).map((name) => {
    const fnDir = join(dir, name);
    mkdirSync(fnDir, { recursive: true });
    writeFileSync(
      join(fnDir, 'index.js'),
      `exports.main = async () => ({ ok: true, fn: '${name}', v: '${version}' });\n`,
    );
    writeFileSync(join(fnDir, 'package.json'), '{}\n');
    writeFileSync(join(fnDir, 'config.json'), '{}\n');
    return { name, digest: digestOf(fnDir), bytes: 1, sends: name === 'tickets' || name === 'sla' };
  });
}

function inputs(built: BuiltFunction[], extra: Partial<DeployInputs> = {}): DeployInputs {
  return { functions: Object.values(FUNCTIONS), built, templateIds: IDS, trtc: null, ...extra };
}

async function deploy(admin: FakeCloudbaseAdmin, desired: DesiredState, functionRoot: string): Promise<Plan> {
  const plan = computePlan(admin.envId, desired, await readState(admin, desired));
  await applyPlan(admin, plan, functionRoot, () => undefined);
  return plan;
}

async function planOf(admin: FakeCloudbaseAdmin, desired: DesiredState): Promise<Plan> {
  return computePlan(admin.envId, desired, await readState(admin, desired));
}

describe('deploy:cloudbase against the fake management API', () => {
  let dist: string;
  let built: BuiltFunction[];
  beforeAll(() => {
    dist = join(root, 'dist');
    built = buildInto(dist);
  });

  async function deployed(): Promise<{ admin: FakeCloudbaseAdmin; desired: DesiredState }> {
    const admin = new FakeCloudbaseAdmin('env-test');
    const desired = desiredState(inputs(built));
    await deploy(admin, desired, dist);
    admin.calls.length = 0;
    return { admin, desired };
  }

  test('a first run creates every collection, index, rule, function, variable and timer', async () => {
    const admin = new FakeCloudbaseAdmin('env-test');
    const desired = desiredState(inputs(built));
    const plan = await deploy(admin, desired, dist);
    expect(changesOf(plan).length).toBe(planLines(plan).length);

    const { collections, storage, functions } = admin.state;
    expect(Object.keys(collections).sort()).toEqual(Object.keys(COLLECTIONS).sort());
    for (const [name, spec] of Object.entries(COLLECTIONS)) {
      const unique: readonly string[] = 'unique' in spec ? spec.unique : [];
      const arrays = (spec as { arrays?: readonly string[] }).arrays ?? [];
      const names = collections[name]!.indexes.map((i) => i.Name).filter((n) => n !== '_id_');
      expect(names).toHaveLength(spec.indexes.length + unique.length + arrays.length);
      expect(collections[name]!.acl).toBe('ADMINONLY');
    }
    expect(collections.tickets!.indexes.find((i) => i.Name === 'ix_tickets__sla__nextDueAt')).toEqual({
      Name: 'ix_tickets__sla__nextDueAt',
      Keys: [
        { Name: 'sla.nextDueAt', Direction: '1' },
        { Name: '_id', Direction: '1' },
      ],
      Unique: false,
    });
    // a unique field is a unique sparse index (sparse: several users without an OPENID yet)
    const unique = admin.calls.find(
      (c) => c.method === 'updateCollection' && JSON.stringify(c.args).includes('ux_users__openid'),
    )!;
    expect(JSON.stringify(unique.args)).toContain('"MgoIsUnique":true,"MgoIsSparse":true');
    expect(storage).toEqual({ acl: 'CUSTOM', rule: STORAGE_RULE });

    expect(Object.keys(functions).sort()).toEqual(Object.keys(FUNCTIONS).sort());
    for (const name of Object.keys(FUNCTIONS)) {
      const { detail } = functions[name]!;
      // the template ids on every function, not only the one that lists templates
      expect(detail.Environment?.Variables).toContainEqual({
        Key: TEMPLATE_IDS_VAR,
        Value: JSON.stringify({ 'sla.alert': IDS['sla.alert'], 'ticket.offered': IDS['ticket.offered'] }),
      });
      expect(detail.Timeout).toBe(FUNCTIONS[name as keyof typeof FUNCTIONS].config.timeout);
      expect(admin.codeOf(name)).toBeTruthy();
    }
    expect(functions.sla!.detail.Triggers).toEqual([
      { TriggerName: 'run', Type: 'timer', TriggerDesc: JSON.stringify({ cron: '0 * * * * * *' }) },
    ]);
    expect(functions.tickets!.detail.Triggers?.map((t) => t.TriggerName)).toEqual(['autoClose']);
  });

  test('a second run changes nothing: every item unchanged, no write call', async () => {
    const { admin, desired } = await deployed();
    const plan = await deploy(admin, desired, dist);
    expect(changesOf(plan)).toEqual([]);
    expect(admin.writes()).toEqual([]);
    expect(formatPlan(plan)).toMatch(/0 create, 0 update, 0 drop, \d+ unchanged/);
  });

  test('an index changed in the environment is exactly one index made again', async () => {
    const { admin, desired } = await deployed();
    const status = admin.state.collections.tickets!.indexes.find((i) => i.Name === 'ix_tickets__status')!;
    status.Keys = [{ Name: 'status', Direction: '1' }];
    const plan = await deploy(admin, desired, dist);
    expect(changesOf(plan).map((l) => [l.change, l.what.trim()])).toEqual([
      ['update', 'index tickets.ix_tickets__status'],
    ]);
    expect(admin.writes().map((c) => [c.method, ...c.args])).toEqual([
      ['updateCollection', 'tickets', { DropIndexes: [{ IndexName: 'ix_tickets__status' }] }],
      [
        'updateCollection',
        'tickets',
        {
          CreateIndexes: [
            {
              IndexName: 'ix_tickets__status',
              MgoKeySchema: {
                MgoIndexKeys: [
                  { Name: 'status', Direction: '1' },
                  { Name: '_id', Direction: '1' },
                ],
                MgoIsUnique: false,
              },
            },
          ],
        },
      ],
    ]);
  });

  test('a new index in COLLECTIONS is created; one COLLECTIONS no longer lists is dropped; one made by hand is kept', async () => {
    const { admin, desired } = await deployed();
    const tickets = desired.collections.find((c) => c.name === 'tickets')!;
    const wanted: DesiredState = {
      ...desired,
      collections: desired.collections.map((c) =>
        c === tickets
          ? {
              ...c,
              indexes: [
                ...c.indexes.filter((i) => i.name !== 'ix_tickets__loadOf'),
                { name: 'ix_tickets__priority', fields: ['priority', '_id'], unique: false, sparse: false },
              ],
            }
          : c,
      ),
    };
    admin.state.collections.tickets!.indexes.push({
      Name: 'by_hand',
      Keys: [{ Name: 'note', Direction: '1' }],
      Unique: false,
    });
    const plan = await deploy(admin, wanted, dist);
    expect(changesOf(plan).map((l) => [l.change, l.what.trim()])).toEqual([
      ['create', 'index tickets.ix_tickets__priority'],
      ['drop', 'index tickets.ix_tickets__loadOf'],
    ]);
    expect(admin.state.collections.tickets!.indexes.map((i) => i.Name)).toContain('by_hand');
  });

  test('an equal index made by hand under its own name serves: nothing is created twice', async () => {
    const admin = new FakeCloudbaseAdmin('env-test');
    await admin.createCollection('devices');
    await admin.updateCollection('devices', {
      CreateIndexes: [
        {
          IndexName: 'customerId_1__id_1',
          MgoKeySchema: {
            MgoIndexKeys: [
              { Name: 'customerId', Direction: '1' },
              { Name: '_id', Direction: '1' },
            ],
            MgoIsUnique: false,
          },
        },
      ],
    });
    const plan = await planOf(admin, desiredState(inputs(built)));
    const line = planLines(plan).find((l) => l.what.trim() === 'index devices.ix_devices__customerId')!;
    expect(line).toMatchObject({ change: 'unchanged', detail: '(customerId, _id) exists as customerId_1__id_1' });
  });

  test('a changed template id is one configuration update per function, keeping variables set in the console', async () => {
    const { admin } = await deployed();
    admin.state.functions.auth!.detail.Environment!.Variables!.push({ Key: 'SET_IN_CONSOLE', Value: 'kept' });
    const desired = desiredState(inputs(built, { templateIds: { ...IDS, 'ticket.offered': 'T_OFFERED_NEW_012345' } }));
    const plan = await deploy(admin, desired, dist);
    const changes = changesOf(plan).filter((l) => l.what.trim().startsWith('env '));
    expect(changes).toHaveLength(Object.keys(FUNCTIONS).length);
    expect(changes.every((l) => l.change === 'update')).toBe(true);
    const writes = admin.writes();
    expect(writes.map((c) => c.method)).toEqual(Object.keys(FUNCTIONS).map(() => 'updateFunctionConfig'));
    expect(admin.state.functions.auth!.detail.Environment!.Variables).toContainEqual({
      Key: 'SET_IN_CONSOLE',
      Value: 'kept',
    });
    expect(JSON.stringify(admin.state.functions.sla!.detail.Environment)).toContain('T_OFFERED_NEW_012345');
  });

  test('a variable changed in the console on one function is exactly that update', async () => {
    const { admin, desired } = await deployed();
    const vars = admin.state.functions.rosters!.detail.Environment!.Variables!;
    vars.find((v) => v.Key === TEMPLATE_IDS_VAR)!.Value = '{}';
    const plan = await deploy(admin, desired, dist);
    expect(changesOf(plan).map((l) => [l.change, l.what.trim()])).toEqual([
      ['update', 'function rosters'],
      ['update', `env rosters.${TEMPLATE_IDS_VAR}`],
    ]);
    expect(admin.writes().map((c) => [c.method, (c.args[0] as { name: string }).name])).toEqual([
      ['updateFunctionConfig', 'rosters'],
    ]);
  });

  test('a new build uploads the code of the functions it changed, and only those', async () => {
    const { admin } = await deployed();
    const dist2 = join(root, 'dist2');
    const rebuilt = buildInto(dist2);
    writeFileSync(join(dist2, 'files', 'index.js'), 'exports.main = async () => ({ ok: true, v: 2 });\n');
    const files = rebuilt.find((b) => b.name === 'files')!;
    files.digest = digestOf(join(dist2, 'files'));
    const plan = await deploy(admin, desiredState(inputs(rebuilt)), dist2);
    expect(changesOf(plan).map((l) => [l.change, l.what.trim()])).toEqual([
      ['update', 'function files'],
      ['update', 'code files'],
    ]);
    expect(admin.writes().map((c) => c.method)).toEqual(['updateFunctionCode', 'updateFunctionConfig']);
    expect(admin.state.functions.files!.detail.Description).toContain(files.digest.slice(0, 16));
    expect(changesOf(await planOf(admin, desiredState(inputs(rebuilt))))).toEqual([]);
  });

  test('a timer whose cron changed is dropped and made again; a timer no config lists is dropped', async () => {
    const { admin, desired } = await deployed();
    admin.state.functions.sla!.detail.Triggers = [
      { TriggerName: 'run', Type: 'timer', TriggerDesc: JSON.stringify({ cron: '0 */5 * * * * *' }) },
      { TriggerName: 'old', Type: 'timer', TriggerDesc: '0 0 * * * * *' },
    ];
    const plan = await deploy(admin, desired, dist);
    expect(changesOf(plan).map((l) => [l.change, l.what.trim(), l.detail])).toEqual([
      ['update', 'function sla', 'sends messages'],
      ['update', 'timer sla.run', '0 */5 * * * * * → 0 * * * * * *'],
      ['drop', 'timer sla.old', '0 0 * * * * *'],
    ]);
    expect(admin.writes().map((c) => [c.method, ...c.args.slice(1)])).toEqual([
      ['deleteFunctionTrigger', 'run'],
      ['deleteFunctionTrigger', 'old'],
      ['createFunctionTriggers', [{ name: 'run', type: 'timer', config: '0 * * * * * *' }]],
    ]);
  });

  test('the storage rule and a collection rule opened in the console are closed again', async () => {
    const { admin, desired } = await deployed();
    admin.state.storage = { acl: 'READONLY' };
    admin.state.collections.users!.acl = 'READONLY';
    const plan = await deploy(admin, desired, dist);
    expect(changesOf(plan).map((l) => [l.change, l.what.trim()])).toEqual([
      ['update', 'rule users'],
      ['update', 'storage rule'],
    ]);
    expect(admin.writes().map((c) => [c.method, ...c.args])).toEqual([
      ['modifyDatabaseAcl', 'users', 'ADMINONLY'],
      ['setStorageAcl', 'CUSTOM', STORAGE_RULE],
    ]);
  });

  test('bookings, when the registry has it, gets the TRTC variables; the secret never shows in the plan', async () => {
    const withBookings = [...Object.values(FUNCTIONS), { name: 'bookings', config: FUNCTIONS.files.config }];
    const builtWith = [...built, { ...built[0]!, name: 'bookings' }];
    const trtc = { sdkAppId: '1400123456', secretKey: 'trtc-secret-key-value-9f8e' };
    const desired = desiredState({ functions: withBookings, built: builtWith, templateIds: IDS, trtc });
    const bookings = desired.functions.find((f) => f.name === 'bookings')!;
    expect(bookings.env).toMatchObject({ TRTC_SDK_APP_ID: '1400123456', TRTC_SECRET_KEY: trtc.secretKey });
    expect(desired.functions.find((f) => f.name === 'tickets')!.env).not.toHaveProperty('TRTC_SECRET_KEY');
    const text = formatPlan(
      computePlan('env-test', desired, await readState(new FakeCloudbaseAdmin('env-test'), desired)),
    );
    expect(text).toContain('env bookings.TRTC_SECRET_KEY');
    expect(text).toContain('••••••9f8e');
    expect(text).not.toContain(trtc.secretKey);
    // without them, a warning says video sessions cannot start
    const without = desiredState({ functions: withBookings, built: builtWith, templateIds: IDS, trtc: null });
    expect(without.warnings.join('\n')).toMatch(/bookings: TRTC_SDK_APP_ID and TRTC_SECRET_KEY are not set/);
  });

  test('the QR base, when given, goes on every function', () => {
    const desired = desiredState(inputs(built, { qrBase: 'https://service.example.com/qr/' }));
    for (const f of desired.functions) expect(f.env.AFTERCARE_QR_BASE).toBe('https://service.example.com/qr');
    expect(desiredState(inputs(built)).functions[0]!.env).not.toHaveProperty('AFTERCARE_QR_BASE');
  });

  test('a function the build does not have is refused before anything is read', () => {
    expect(() => desiredState(inputs(built.filter((b) => b.name !== 'sla')))).toThrow(/no build of sla/);
  });
});
