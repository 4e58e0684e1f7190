// Which CloudBase environment the mini-program calls: TARO_APP_CLOUD_ENV, required for a production weapp build (a
// mini-program built against a placeholder would call an environment that does not exist). H5 builds call the
// local host and need none.

export class CloudEnvError extends Error {}

/** What a weapp development build (`--watch`) uses when none is given: it says so at every build. */
export const DEV_PLACEHOLDER = 'aftercare-dev';

const ENV_ID = /^[a-z0-9][a-z0-9-]{0,63}$/i;

export function cloudEnvFor(env: { TARO_ENV?: string; NODE_ENV?: string; TARO_APP_CLOUD_ENV?: string }): {
  envId: string;
  warning: string | null;
} {
  const given = env.TARO_APP_CLOUD_ENV?.trim() ?? '';
  if (env.TARO_ENV !== 'weapp') return { envId: given, warning: null };
  if (given && !ENV_ID.test(given)) {
    throw new CloudEnvError(`TARO_APP_CLOUD_ENV="${given}" is not a CloudBase environment id (letters, digits, -)`);
  }
  if (given) return { envId: given, warning: null };
  const how = 'build with TARO_APP_CLOUD_ENV=<your CloudBase env id> npm run build:weapp (docs/deploy-cloudbase.md)';
  if (env.NODE_ENV !== 'development') {
    throw new CloudEnvError(
      `TARO_APP_CLOUD_ENV is not set: a production mini-program must name the CloudBase environment it calls; ${how}`,
    );
  }
  return {
    envId: DEV_PLACEHOLDER,
    warning: `TARO_APP_CLOUD_ENV is not set: this development build calls "${DEV_PLACEHOLDER}"; ${how}`,
  };
}
