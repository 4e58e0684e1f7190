// The @cloudbase/node-sdk types this adapter uses, named once (the SDK exports the app class, not its parts).
import type * as NodeSdk from '@cloudbase/node-sdk';
import type { CloudBase } from '@cloudbase/node-sdk';

export type CloudbaseSdk = typeof NodeSdk;

let sdk: CloudbaseSdk | null = null;

/**
 * The SDK, loaded on first use rather than when a function's bundle is required: loading it is most of a cold
 * start (`npm run bench -- coldstart`), and a container that is only required (or answers from a warm platform)
 * never pays it twice.
 */
export function loadSdk(): CloudbaseSdk {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  sdk ??= require('@cloudbase/node-sdk') as CloudbaseSdk;
  return sdk;
}

export type CloudbaseApp = CloudBase;
export type CloudbaseDb = ReturnType<CloudBase['database']>;
/** `db.command` (`_` in the CloudBase docs): query operators and update operators */
export type Command = CloudbaseDb['command'];
/** what `where()` accepts: a plain object of conditions, or a logic command (`_.and`, `_.or`) */
export type Where = Record<string, unknown> | ReturnType<Command['and']>;

/**
 * With `throwOnCode` off, the SDK returns `{ code, message }` instead of throwing; it is on by default, and this
 * makes both settings fail the same way.
 */
export function checkResult<R>(result: R): R {
  const failed = result as { code?: unknown; message?: unknown } | null;
  if (failed && typeof failed === 'object' && failed.code) {
    const error = new Error(`CloudBase ${String(failed.code)}: ${String(failed.message ?? '')}`);
    (error as Error & { code?: unknown }).code = failed.code;
    throw error;
  }
  return result;
}
