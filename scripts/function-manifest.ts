// What scripts/build-functions writes for each function besides its bundle, and the cloudbaserc.json it implies.
import type { FunctionConfig } from '../cloudfunctions/_lib/function-config';

/** Installed by CloudBase when the function is deployed (installDependency); not a dependency of this repository. */
export const WX_SERVER_SDK_VERSION = '~4.0.2';

/** The cloud calls every function declares (config.json `permissions.openapi`): any function may notify. */
export const OPENAPI_PERMISSIONS = ['subscribeMessage.send'] as const;

/**
 * The one runtime dependency a bundle keeps external: wx-server-sdk (the WeChat cloud call that sends subscription
 * messages, platform/cloudbase/wechat-delivery.ts), installed by CloudBase on deploy. @cloudbase/node-sdk is bundled.
 */
export function functionPackageJson(name: string) {
  return {
    name: `aftercare-${name}`,
    version: '1.0.0',
    private: true,
    main: 'index.js',
    dependencies: { 'wx-server-sdk': WX_SERVER_SDK_VERSION },
  };
}

/** The config.json beside a bundle: the function's own, with the cloud-call permission (read by WeChat DevTools). */
export function functionConfigJson(config: FunctionConfig) {
  return { ...config, permissions: { openapi: [...OPENAPI_PERMISSIONS] } };
}

/** cloudbaserc.json for `tcb fn deploy` (CloudBase CLI), from every function's config.json. */
export function cloudbaseRc(functions: { name: string; config: FunctionConfig }[]) {
  return {
    version: '2.0',
    envId: '{{env.ENV_ID}}',
    functionRoot: './dist/cloudfunctions',
    functions: functions.map(({ name, config }) => ({
      name,
      timeout: config.timeout,
      runtime: config.runtime,
      memorySize: config.memorySize ?? 256,
      installDependency: true,
      handler: 'index.main',
      ...(config.triggers.length ? { triggers: config.triggers } : {}),
    })),
  };
}

/** What the build knows about one bundle, for the deploy (dist/functions-manifest.json). */
export interface BuiltFunction {
  name: string;
  /** sha256 of index.js, package.json and config.json: the deploy updates a function's code only when it changed */
  digest: string;
  bytes: number;
  /** whether its actions build messages (the bundle includes core/notify/messages.ts) */
  sends: boolean;
}

export interface FunctionsManifest {
  builtAt: string;
  functions: BuiltFunction[];
}
