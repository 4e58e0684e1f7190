// The CloudBase entry: one platform per container, timer events run the trigger's action, users come by OPENID.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { action, type ActionMap } from '../../cloudfunctions/_lib/action';
import { ANY_USER, TIMER } from '../../core/access';
import type { UserDoc } from '../../core/model';
import { createTrtcCalls } from '../../platform/cloudbase/calls';
import { createCloudbaseIdentity } from '../../platform/cloudbase/identity';
import { createOutboxNotifier } from '../../platform/contract/outbox';
import { createJsonLogger } from '../../platform/local/logger';
import { createLocalFiles } from '../../platform/local/files';
import { openSqliteStore } from '../../platform/local/sqlite-store';
import type { Platform } from '../../platform/ports';
import { createCloudbaseMain, makeCloudbaseMain, openidOf, timerOf } from './entry';

/** WX_OPENID as CloudBase passes it in the context of a call from the mini-program */
const callFrom = (openid: string) => ({ request_id: 'req-1', environment: JSON.stringify({ WX_OPENID: openid }) });

const filesDir = mkdtempSync(join(tmpdir(), 'aftercare-entry-'));
afterAll(() => rmSync(filesDir, { recursive: true, force: true }));

function testPlatform(): Platform {
  const store = openSqliteStore(':memory:');
  const clock = { now: () => new Date('2026-05-01T00:00:00.000Z') };
  return {
    kind: 'cloudbase',
    store,
    identity: createCloudbaseIdentity({ store, contextOpenid: () => '' }),
    clock,
    notifier: createOutboxNotifier({ store, clock }),
    files: createLocalFiles(filesDir, { url: (fileId) => `/files/${fileId}` }),
    calls: createTrtcCalls(null, clock),
    logger: createJsonLogger(() => undefined),
  };
}

const Out = z.object({ who: z.string() });
const spec = { input: z.object({}), output: Out, errors: [], example: {} } as const;
const actions: ActionMap = {
  whoami: action({ ...spec, access: ANY_USER, summary: 'who calls' }, async function whoami(_i, ctx) {
    return { who: ctx.caller.userId };
  }),
  sweep: action({ ...spec, access: TIMER, summary: 'timer' }, async function sweep() {
    return { who: 'timer' };
  }),
};

describe('cloudbase entry', () => {
  test('timerOf: a timer event without an OPENID; any case of "timer"; never for a user', () => {
    expect(timerOf({ Type: 'Timer', TriggerName: 'sweep', Time: '2026-05-01T00:00:00Z' }, '')).toEqual({
      triggerName: 'sweep',
    });
    expect(timerOf({ Type: 'timer', TriggerName: 'sweep' }, '')).toEqual({ triggerName: 'sweep' });
    expect(timerOf({ Type: 'Timer', TriggerName: 'sweep' }, 'o-user')).toBeNull();
    expect(timerOf({ action: 'sweep' }, '')).toBeNull();
    expect(timerOf(null, '')).toBeNull();
  });

  test('openidOf reads WX_OPENID from the context, and survives a context the SDK cannot parse', () => {
    expect(openidOf(callFrom('o-1'))).toBe('o-1');
    expect(openidOf({})).toBe('');
    expect(openidOf(undefined)).toBe('');
  });

  test('the platform is built once per container', async () => {
    const build = jest.fn(testPlatform);
    const seen: unknown[] = [];
    const main = makeCloudbaseMain(async (_p, inv) => void seen.push(inv), build);
    await main({ action: 'a' }, callFrom('o-1'));
    await main({ Type: 'Timer', TriggerName: 't' }, {});
    expect(build).toHaveBeenCalledTimes(1);
    expect(seen[0]).toEqual({ event: { action: 'a' }, timer: null, openid: 'o-1', requestId: 'req-1' });
    expect(seen[1]).toMatchObject({ timer: { triggerName: 't' }, openid: '' });
  });

  test('a call from the mini-program runs as the user bound to its OPENID', async () => {
    const platform = testPlatform();
    await platform.store
      .collection<UserDoc>('users')
      .insert({ id: 'u-1', name: '甲', role: 'admin', openid: 'o-1', createdAt: '2026-01-01T00:00:00.000Z' });
    const main = createCloudbaseMain('probe', actions, () => platform);
    expect(await main({ action: 'whoami', data: {} }, callFrom('o-1'))).toEqual({ ok: true, data: { who: 'u-1' } });
    expect(await main({ action: 'whoami', data: {} }, {})).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
  });

  test('a timer event runs the action named like the trigger; a user cannot pose as the timer', async () => {
    const platform = testPlatform();
    await platform.store
      .collection<UserDoc>('users')
      .insert({ id: 'u-1', name: '甲', role: 'admin', openid: 'o-1', createdAt: '2026-01-01T00:00:00.000Z' });
    const main = createCloudbaseMain('probe', actions, () => platform);
    expect(await main({ Type: 'Timer', TriggerName: 'sweep' }, {})).toEqual({ ok: true, data: { who: 'timer' } });
    expect(await main({ Type: 'Timer', TriggerName: 'sweep' }, callFrom('o-1'))).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED' },
    });
    expect(await main({ action: 'sweep', data: {} }, callFrom('o-1'))).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });
});
