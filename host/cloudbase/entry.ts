// The CloudBase function entry: `export const main = createCloudbaseMain('<function>', actions)` (scripts/build-functions).
//
//   main(event, context) → the API envelope ({ ok, data } | { ok: false, error })
//   - the platform is built once per container, on the first call, and reused while the container lives;
//   - a timer trigger's event ({ Type: 'Timer', TriggerName }) runs the action named like the trigger, as a timer;
//   - any other event is a call from the mini-program, { action, data }, by the user whose OPENID CloudBase
//     puts in the context.
import { randomUUID } from 'node:crypto';
import type { ActionMap } from '../../cloudfunctions/_lib/action';
import { dispatch } from '../../cloudfunctions/_lib/dispatch';
import type { Platform } from '../../platform/ports';
import { createCloudbasePlatform } from '../../platform/cloudbase/platform';
import { loadSdk, type CloudbaseSdk } from '../../platform/cloudbase/sdk';

/** One invocation, as the entry understands it. */
export interface CloudbaseInvocation {
  event: unknown;
  /** set when a timer trigger called */
  timer: { triggerName: string } | null;
  /** '' for timers and calls from outside the mini-program */
  openid: string;
  requestId: string;
}

export type CloudbaseMain = (event: unknown, context: unknown) => Promise<unknown>;

interface FunctionContext {
  request_id?: string;
}

type SdkContext = Parameters<CloudbaseSdk['getCloudbaseContext']>[0];

/**
 * The OPENID CloudBase sets for this call (WX_OPENID, from the context's environment or the process's). The SDK
 * throws on a context it cannot parse; the process environment is then the only source.
 */
export function openidOf(context: unknown): string {
  const tcb = loadSdk();
  let values: { WX_OPENID?: unknown };
  try {
    values = tcb.getCloudbaseContext(context && typeof context === 'object' ? (context as SdkContext) : undefined);
  } catch {
    values = tcb.getCloudbaseContext();
  }
  return typeof values.WX_OPENID === 'string' ? values.WX_OPENID : '';
}

/**
 * A timer event carries Type "Timer" (SCF documents "timer": both accepted) and the trigger's name. A call from the
 * mini-program always has an OPENID, so an event shaped like a timer but sent by a user is not taken for one.
 */
export function timerOf(event: unknown, openid: string): { triggerName: string } | null {
  const e = event as { Type?: unknown; TriggerName?: unknown } | null;
  if (openid || !e || typeof e !== 'object') return null;
  if (String(e.Type).toLowerCase() !== 'timer' || typeof e.TriggerName !== 'string') return null;
  return { triggerName: e.TriggerName };
}

/** The generic entry: the platform once per container, then `run` per invocation. */
export function makeCloudbaseMain(
  run: (platform: Platform, invocation: CloudbaseInvocation) => Promise<unknown>,
  buildPlatform: () => Platform = createCloudbasePlatform,
): CloudbaseMain {
  let platform: Platform | null = null;
  return async (event, context) => {
    platform ??= buildPlatform();
    const openid = openidOf(context);
    const requestId = (context as FunctionContext | null)?.request_id || randomUUID();
    return run(platform, { event, timer: timerOf(event, openid), openid, requestId });
  };
}

/** The entry of one cloud function: its actions through the shared dispatcher. */
export function createCloudbaseMain(
  functionName: string,
  actions: ActionMap,
  buildPlatform?: () => Platform,
): CloudbaseMain {
  return makeCloudbaseMain(async (platform, inv) => {
    const result = await dispatch(platform, {
      functionName,
      actions,
      event: inv.timer ? { action: inv.timer.triggerName, data: {} } : inv.event,
      request: inv.openid ? { openid: inv.openid } : {},
      requestId: inv.requestId,
      viaTimer: inv.timer !== null,
    });
    return result.envelope;
  }, buildPlatform);
}
