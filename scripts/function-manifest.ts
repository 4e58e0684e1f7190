// What scripts/build-functions writes for each function besides its bundle, and the cloudbaserc.json it implies.
import type { FunctionConfig } from '../cloudfunctions/_lib/function-config';

/** The runtime dependencies a function bundle keeps external (installed by CloudBase: installDependency). */
/** Installed by CloudBase when the function is deployed; not a dependency of this repository. */
export const WX_SERVER_SDK_VERSION = '~4.0.2';

export function functionPackageJson(name: string, sdkVersion: string) {
  return {
    name: `aftercare-${name}`,
    version: '1.0.0',
    private: true,
    main: 'index.js',
    // wx-server-sdk: the WeChat cloud call that sends subscription messages (platform/cloudbase/wechat-delivery.ts)
    dependencies: { '@cloudbase/node-sdk': sdkVersion, 'wx-server-sdk': WX_SERVER_SDK_VERSION },
  };
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
