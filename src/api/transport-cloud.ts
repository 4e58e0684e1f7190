// Mini-program transport: Taro.cloud.callFunction; the cloud function knows the caller by its WeChat OPENID.
import Taro from '@tarojs/taro';
import { ApiError, NETWORK_MESSAGE } from './api-error';
import { unwrapEnvelope } from './envelope';

let initialised = false;

/** Once per app launch (app.ts), before any call. */
export function initCloud(): void {
  if (initialised) return;
  Taro.cloud.init({ env: process.env.TARO_APP_CLOUD_ENV || 'aftercare-prod', traceUser: true });
  initialised = true;
}

export async function callCloud<Output>(fn: string, action: string, data: unknown): Promise<Output> {
  initCloud();
  let result: unknown;
  try {
    const res = await Taro.cloud.callFunction({ name: fn, data: { action, data } });
    result = res.result;
  } catch (e) {
    const errMsg = (e as { errMsg?: string } | null)?.errMsg ?? String(e);
    throw new ApiError('NETWORK', NETWORK_MESSAGE, [{ path: 'cloud', message: errMsg }]);
  }
  return unwrapEnvelope<Output>(result, `cloud function ${fn} returned no envelope`);
}
